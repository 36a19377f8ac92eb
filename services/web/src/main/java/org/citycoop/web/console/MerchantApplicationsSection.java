package org.citycoop.web.console;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's merchant applications ({@code /console/merchants}, template {@code console/merchants.html}):
 * the shops that applied and wait (merchant-service's {@code APPLIED}), each approved with one press.
 */
@Controller
class MerchantApplicationsSection {

    /** An application as merchant-service lists it. */
    record Merchant(UUID id, String legalName, String tradingName, String cityCode, String naceCode, @Nullable String vatId, @Nullable String email,
            Instant registeredAt) {
    }

    static final String SECTION = "merchants";
    private static final String BACK = "/console/merchants";

    private final ConsoleFrame frame;
    private final Upstream merchants;

    MerchantApplicationsSection(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.frame = frame;
        this.merchants = frame.upstream(upstreams.merchantUrl(), Duration.ofSeconds(10));
    }

    @GetMapping(BACK)
    String applications(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            Merchant[] waiting = ConsoleFrame.get(merchants, "/api/merchants?status=APPLIED", client, locale, Merchant[].class);
            model.addAttribute("rows", waiting == null ? List.of() : Arrays.stream(waiting).map(m -> row(m, locale)).toList());
        });
    }

    @PostMapping(BACK + "/{id}/approval")
    String approve(@PathVariable UUID id, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.act(flash, locale, "console.merchants.approved", BACK, () -> merchants.client().post().uri("/api/merchants/{id}/approval", id)
                .headers(ConsoleFrame.as(client, locale)).retrieve().toBodilessEntity());
    }

    /** An application as its row shows it: the shop's name, the company, the city, the sector, the VAT id (if any), the day it applied. */
    static Row row(Merchant m, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ConsoleFrame.NETWORK);
        return new Row(m.id().toString(), List.of(m.tradingName(), m.legalName(), ConsoleFrame.party(m.cityCode()), m.naceCode(),
                m.vatId() == null ? "" : m.vatId(), day.format(m.registeredAt())), null);
    }
}
