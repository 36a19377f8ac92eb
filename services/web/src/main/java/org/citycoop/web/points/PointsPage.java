package org.citycoop.web.points;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Shell;
import org.citycoop.web.shell.Upstream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shopper's points ({@code /wallet/points}): the balance, the latest purchases that earned points
 * with the reasons of each (base rate, sector, shop, campaign, another city or country, the daily cap),
 * and the rewards to convert points into: a form per reward whose key, made when the page was drawn,
 * makes a second press or a reload convert once. From points-service with the shopper's own token.
 */
@Controller
class PointsPage {

    private record Reason(String code, String detail, long points) {
    }

    private record Earned(UUID purchaseId, String cityCode, long points, List<Reason> reasons, Instant purchasedAt) {
    }

    private record Account(long balance, List<Earned> latest) {
    }

    private record Reward(UUID id, Map<String, String> names, BigDecimal amount, String currency, long points, boolean active) {
    }

    /** A purchase as the page shows it: when, where, how many points and why. */
    record Purchase(String at, String city, long points, List<Why> reasons) {
    }

    /** One reason: its text (key and arguments) and the points it gave. */
    record Why(String key, String detail, long points) {
    }

    /** A reward to convert into: its name, value, price in points, whether the balance covers it, the form's key. */
    record Offer(UUID id, String name, String value, long points, boolean affordable, String key) {
    }

    private static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final Upstream points;
    private final MessageSource messages;

    PointsPage(@Value("${citycoop.web.points-url}") String pointsUrl, MessageSource messages) {
        this.points = new Upstream(pointsUrl, Duration.ofSeconds(10), messages, "points.unavailable");
        this.messages = messages;
    }

    @GetMapping("/wallet/points")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (!Shell.roles(user).contains("SHOPPER")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", "points.only-shoppers");
            return "points";
        }
        try {
            Account account = points.client().get().uri("/api/loyalty-account").headers(h -> h.setBearerAuth(token(client))).retrieve().body(Account.class);
            Reward[] rewards = points.client().get().uri("/api/rewards").headers(h -> h.setBearerAuth(token(client))).retrieve().body(Reward[].class);
            long balance = account == null ? 0 : account.balance();
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(NETWORK);
            model.addAttribute("balance", java.text.NumberFormat.getIntegerInstance(locale).format(balance));
            model.addAttribute("purchases", account == null ? List.of() : account.latest().stream().map(earned -> new Purchase(when.format(earned.purchasedAt()),
                    PartnerCity.byCode(earned.cityCode()).map(PartnerCity::officialName).orElse(earned.cityCode()), earned.points(),
                    earned.reasons().stream().map(reason -> new Why("points.reason." + reason.code(), reason.detail(), reason.points())).toList())).toList());
            model.addAttribute("offers", rewards == null ? List.of() : java.util.Arrays.stream(rewards).filter(Reward::active)
                    .map(reward -> new Offer(reward.id(), name(reward.names(), locale), Formats.money(reward.amount(), reward.currency(), locale),
                            reward.points(), reward.points() <= balance, UUID.randomUUID().toString()))
                    .toList());
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "points.unavailable");
        }
        return "points";
    }

    /** Converts points into the reward's voucher, once per form (its key); the voucher follows in the wallet. */
    @PostMapping("/wallet/points/conversions")
    String convert(@RequestParam(required = false) @Nullable UUID rewardId, @RequestParam(required = false) @Nullable String key, Locale locale,
            RedirectAttributes flash, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (rewardId == null || key == null || key.isBlank() || key.length() > 100) {
            flash.addFlashAttribute("problem", messages.getMessage("points.choose-reward", null, locale));
            return "redirect:/wallet/points";
        }
        try {
            Map<?, ?> converted = points.client().post().uri("/api/conversions").headers(h -> {
                h.setBearerAuth(token(client));
                h.set("Idempotency-Key", key);
                h.setAcceptLanguageAsLocales(List.of(locale));
            }).body(Map.of("rewardId", rewardId)).retrieve().body(Map.class);
            long spent = converted == null ? 0 : ((Number) converted.get("points")).longValue();
            flash.addFlashAttribute("converted", messages.getMessage("points.converted",
                    new Object[] {java.text.NumberFormat.getIntegerInstance(locale).format(spent)}, locale));
        } catch (RestClientResponseException refused) {
            // points-service says why (not enough points, no such reward) in the shopper's language
            Map<?, ?> problem = refused.getResponseBodyAs(Map.class);
            Object detail = problem == null ? null : problem.get("detail");
            flash.addFlashAttribute("problem", detail != null ? detail.toString() : messages.getMessage("points.unavailable", null, locale));
        } catch (RestClientException e) {
            flash.addFlashAttribute("problem", messages.getMessage("points.unavailable", null, locale));
        }
        return "redirect:/wallet/points";
    }

    private static String name(Map<String, String> names, Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", names.values().stream().findFirst().orElse("")));
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
