package org.citycoop.web.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's voucher programs ({@code /console/programs}, template {@code console/programs.html}):
 * voucher-service's programs, drafts first, then the active and the closed ones; a new one drafted (its
 * name in the four languages, issuer, currency, where it is spent, values, months valid, bonus),
 * a draft activated, an active one closed with a reason.
 */
@Controller
class ProgramsSection {

    static final String SECTION = "programs";
    private static final String BACK = "/console/programs";

    private final ConsoleFrame frame;
    private final Upstream vouchers;

    ProgramsSection(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.frame = frame;
        this.vouchers = frame.upstream(upstreams.voucherUrl(), Duration.ofSeconds(30));
    }

    @GetMapping(BACK)
    String programs(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            List<Row> rows = new ArrayList<>();
            for (String status : List.of("DRAFT", "ACTIVE", "CLOSED")) {
                Program[] found = ConsoleFrame.get(vouchers, "/api/programs?status=" + status, client, locale, Program[].class);
                for (Program p : found == null ? new Program[0] : found) {
                    rows.add(row(p, locale));
                }
            }
            model.addAttribute("rows", rows);
            model.addAttribute("cityChoices", Arrays.asList(PartnerCity.values()));
        });
    }

    @PostMapping(BACK)
    String draft(@RequestParam Map<String, String> form, @RequestParam(name = "cityCodes", required = false) @Nullable List<String> cities,
            Locale locale, RedirectAttributes flash, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        Map<String, Object> body = drafted(form, cities);
        return frame.act(flash, locale, "console.programs.drafted", BACK,
                () -> vouchers.client().post().uri("/api/programs").headers(ConsoleFrame.as(client, locale)).body(body).retrieve().toBodilessEntity());
    }

    @PostMapping(BACK + "/{id}/activation")
    String activate(@PathVariable UUID id, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.act(flash, locale, "console.programs.activated", BACK, () -> vouchers.client().post().uri("/api/programs/{id}/activation", id)
                .headers(ConsoleFrame.as(client, locale)).retrieve().toBodilessEntity());
    }

    @PostMapping(BACK + "/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.act(flash, locale, "console.programs.closed", BACK, () -> vouchers.client().post().uri("/api/programs/{id}/closure", id)
                .headers(ConsoleFrame.as(client, locale)).body(Map.of("reason", reason)).retrieve().toBodilessEntity());
    }

    /** A program as its row shows it: name, issuer, currency, values ("10,00 €, 20,00 €", "–" for none), months valid; its status. */
    static Row row(Program p, Locale locale) {
        String values = p.denominations().stream().map(d -> Formats.money(d, p.currency(), locale)).reduce((a, b) -> a + ", " + b).orElse("–");
        return new Row(p.id().toString(), List.of(p.name(locale), ConsoleFrame.party(p.issuer()), p.currency(), values, String.valueOf(p.validityMonths())),
                p.status());
    }

    /**
     * The draft form as voucher-service's new program: the four names stripped, the values split at
     * spaces or semicolons, numbers typed with a comma or a point as numbers (anything else as typed,
     * for voucher-service to name), no cities when none was chosen, no bonus when none was typed.
     */
    static Map<String, Object> drafted(Map<String, String> form, @Nullable List<String> cities) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : List.of("de", "sl", "hu", "en")) {
            names.put(language, form.getOrDefault("name-" + language, "").strip());
        }
        body.put("names", names);
        body.put("issuer", form.get("issuer"));
        body.put("currency", form.get("currency"));
        body.put("coverage", form.get("coverage"));
        body.put("cityCodes", cities == null ? List.of() : cities);
        body.put("denominations", Arrays.stream(form.getOrDefault("denominations", "").split("[;\\s]+")).filter(s -> !s.isBlank())
                .map(ConsoleFrame::number).toList());
        body.put("validityMonths", ConsoleFrame.number(form.getOrDefault("validityMonths", "")));
        body.put("bonusPercent", ConsoleFrame.number(form.getOrDefault("bonusPercent", "0")));
        return body;
    }
}
