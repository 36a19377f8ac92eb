package org.citycoop.web.checkout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;

/**
 * A merchant owner's statements ({@code /checkout/statements}): each settled period per issuer with
 * what was redeemed, given back and paid out, and the reference the bank transfer carries; the same as
 * a CSV file for the books ({@code /checkout/statements.csv}) and the payout file with the account each
 * payout goes to ({@code /checkout/payouts.csv}). From redemption-service with the owner's
 * own token; cashiers are not shown them.
 */
@Controller
class StatementsPage {

    private record Statement(UUID id, String issuer, String currency, LocalDate periodFrom, LocalDate periodTo, int redemptions, long redeemed,
            long reversed, long payout, Instant settledAt) {
    }

    /** A statement as the page shows it. */
    record Shown(String period, String issuer, int redemptions, String redeemed, String reversed, String payout, String reference) {
    }

    private final Upstream redemption;

    StatementsPage(UpstreamSettings upstreams, MessageSource messages) {
        this.redemption = new Upstream(upstreams.redemptionUrl(), Duration.ofSeconds(10), messages, "checkout.unavailable");
    }

    @GetMapping("/checkout/statements")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (org.citycoop.web.shell.Audience.SHOP_OWNERS.refuses(user, model, response)) {
            return "statements";
        }
        String merchant = user.getClaimAsString("merchant_id");
        try {
            Statement[] statements = redemption.client().get().uri("/api/merchants/{id}/settlements", merchant)
                    .headers(h -> h.setBearerAuth(client.getAccessToken().getTokenValue())).retrieve().body(Statement[].class);
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            model.addAttribute("statements", statements == null ? List.of() : java.util.Arrays.stream(statements).map(s -> new Shown(
                    day.format(s.periodFrom()) + " – " + day.format(s.periodTo()), issuerName(s.issuer()), s.redemptions(),
                    Formats.money(s.redeemed(), s.currency().strip(), locale), Formats.money(s.reversed(), s.currency().strip(), locale),
                    Formats.money(s.payout(), s.currency().strip(), locale),
                    "citycoop " + s.periodFrom() + ".." + s.periodTo() + " " + s.id().toString().substring(0, 8))).toList());
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "checkout.unavailable");
        }
        return "statements";
    }

    /** The owner's files, by the page's address: the statements for the books and the payout file (account and bank reference of each payout). */
    private static final Map<String, String> FILES = Map.of("/checkout/statements.csv", "settlements.csv", "/checkout/payouts.csv", "payouts.csv");

    @GetMapping({"/checkout/statements.csv", "/checkout/payouts.csv"})
    @ResponseBody
    ResponseEntity<byte[]> csv(jakarta.servlet.http.HttpServletRequest request, @AuthenticationPrincipal OidcUser user, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        String merchant = user.getClaimAsString("merchant_id");
        if (merchant == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return redemption.forward(HttpMethod.GET, "/api/merchants/" + UUID.fromString(merchant) + "/" + FILES.get(request.getServletPath()), client, locale,
                null, null, Map.of());
    }

    /** The issuing city's name ("Feldbach"), or the cooperation's. */
    private static String issuerName(String issuer) {
        return PartnerCity.byCode(issuer).map(PartnerCity::officialName).orElse("City Cooperation");
    }
}
