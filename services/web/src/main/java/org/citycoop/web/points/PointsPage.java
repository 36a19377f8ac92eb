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
import org.citycoop.web.shell.Audience;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
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
 * The shopper's points ({@code /wallet/points}): the balance; the account line by line, so that the
 * lines add up to it — purchases with the reasons of their points (base rate, sector, shop, campaign,
 * another city or country, the daily cap), points taken back by a refund, converted into a reward or
 * expired, and the older lines summed up; and the rewards to convert points into: a form per reward whose key, made when the page was drawn,
 * makes a second press or a reload convert once. From points-service with the shopper's own token.
 */
@Controller
class PointsPage {

    private record Reason(String code, String detail, long points) {
    }

    /** A line of the ledger as points-service lists it (kind ACCRUAL, REVERSAL, CONVERSION or EXPIRY; points negative when taken out). */
    private record Movement(String kind, long points, Instant at, @Nullable String cityCode, @Nullable Instant purchasedAt, @Nullable List<Reason> reasons,
            long shortfall, @Nullable Map<String, String> rewardNames) {
    }

    private record Account(long balance, List<Movement> movements, long earlier) {
    }

    private record Reward(UUID id, Map<String, String> names, BigDecimal amount, String currency, long points, boolean active) {
    }

    /**
     * A line as the page shows it: its kind in lower case (the page's wording and class), the points, when;
     * a purchase's city and its reasons, or the refunded purchase's city and day and what had already been
     * spent of it, or the reward's name.
     */
    record Line(String kind, long points, String at, String city, String purchased, List<Why> reasons, long shortfall, String reward) {
    }

    /** One reason: its text (key and arguments) and the points it gave. */
    record Why(String key, String detail, long points) {
    }

    /** A reward to convert into: its name, value, price in points, whether the balance covers it, the form's key. */
    record Offer(UUID id, String name, String value, long points, boolean affordable, String key) {
    }

    private static final Audience AUDIENCE = Audience.SHOPPERS.saying("points.only-shoppers");

    private static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final Upstream points;
    private final MessageSource messages;

    PointsPage(UpstreamSettings upstreams, MessageSource messages) {
        this.points = new Upstream(upstreams.pointsUrl(), Duration.ofSeconds(10), messages, "points.unavailable");
        this.messages = messages;
    }

    @GetMapping("/wallet/points")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (AUDIENCE.refuses(user, model, response)) {
            return "points";
        }
        try {
            Account account = points.client().get().uri("/api/loyalty-account").headers(h -> h.setBearerAuth(token(client))).retrieve().body(Account.class);
            Reward[] rewards = points.client().get().uri("/api/rewards").headers(h -> h.setBearerAuth(token(client))).retrieve().body(Reward[].class);
            long balance = account == null ? 0 : account.balance();
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(NETWORK);
            model.addAttribute("balance", java.text.NumberFormat.getIntegerInstance(locale).format(balance));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(NETWORK);
            model.addAttribute("lines", account == null ? List.of() : account.movements().stream().map(line -> line(line, when, day, locale)).toList());
            model.addAttribute("earlier", account == null ? 0 : account.earlier());
            model.addAttribute("total", balance);
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

    private static Line line(Movement m, DateTimeFormatter when, DateTimeFormatter day, Locale locale) {
        String kind = m.kind().toLowerCase(Locale.ROOT);
        String city = m.cityCode() == null ? "" : PartnerCity.byCode(m.cityCode()).map(PartnerCity::officialName).orElse(m.cityCode());
        // a purchase is shown when it was made; the other lines when the points moved
        Instant at = "accrual".equals(kind) && m.purchasedAt() != null ? m.purchasedAt() : m.at();
        List<Why> reasons = m.reasons() == null ? List.of() : m.reasons().stream().map(r -> new Why("points.reason." + r.code(), r.detail(), r.points())).toList();
        return new Line(kind, m.points(), when.format(at), city, m.purchasedAt() == null ? "" : day.format(m.purchasedAt()), reasons, m.shortfall(),
                m.rewardNames() == null || m.rewardNames().isEmpty() ? "" : name(m.rewardNames(), locale));
    }

    private static String name(Map<String, String> names, Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", names.values().stream().findFirst().orElse("")));
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
