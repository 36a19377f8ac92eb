package org.citycoop.web.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's exchange rate ({@code /console/rates}, template {@code console/rates.html}): redemption-service's
 * EUR/HUF reference rate (since when, set by whom), and a new one set (forints per euro, typed with a
 * comma or a point).
 */
@Controller
class ExchangeRateSection {

    record Rate(String pair, BigDecimal rate, Instant updatedAt, String updatedBy) {
    }

    static final String SECTION = "rates";
    private static final String BACK = "/console/rates";

    private final ConsoleFrame frame;
    private final Upstream redemption;

    ExchangeRateSection(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.frame = frame;
        this.redemption = frame.upstream(upstreams.redemptionUrl(), Duration.ofSeconds(10));
    }

    @GetMapping(BACK)
    String rates(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            Rate rate = ConsoleFrame.get(redemption, "/api/exchange-rates/EUR-HUF", client, locale, Rate.class);
            model.addAttribute("rate", rate);
            model.addAttribute("rateSince", rate == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ConsoleFrame.NETWORK).format(rate.updatedAt()));
        });
    }

    @PostMapping(BACK)
    String setRate(@RequestParam(defaultValue = "") String rate, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.act(flash, locale, "console.rates.set", BACK, () -> redemption.client().put().uri("/api/exchange-rates/EUR-HUF")
                .headers(ConsoleFrame.as(client, locale)).body(Map.of("rate", ConsoleFrame.number(rate))).retrieve().toBodilessEntity());
    }
}
