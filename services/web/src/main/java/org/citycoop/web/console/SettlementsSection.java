package org.citycoop.web.console;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's settlements ({@code /console/settlements}, template {@code console/settlements.html}): for a period (by default the last four whole
 * ISO weeks, Europe/Vienna, which holds the weeks settled most recently) what the issuers owe each other
 * for vouchers spent in other cities (redemption-service's clearing, net per pair and gross), and the
 * period's payout files: the SEPA credit transfer initiation (pain.001) for the cooperation's bank and
 * the payout CSV, passed on from redemption-service as it wrote them, as attachments. A period or file
 * redemption-service refuses (a bad date, nothing to pay, an account missing) is shown on the page in the
 * operator's language, with the service's status. The period's statements are listed too (merchant, city,
 * period, issuer, redemptions, payout, settled on).
 */
@Controller
class SettlementsSection {

    /** What redemption-service's clearing says one party owes another, in minor units. */
    record Owed(String debtor, String creditor, String currency, long amount) {
    }

    record Report(LocalDate from, LocalDate to, List<Owed> gross, List<Owed> net) {
    }

    /** A statement of the period as redemption-service lists it for operators. */
    record Settled(UUID id, UUID merchantId, @Nullable String merchant, @Nullable String cityCode, String issuer, String currency, LocalDate periodFrom,
            LocalDate periodTo, int redemptions, long redeemed, long reversed, long payout, Instant settledAt) {
    }

    /** A debt as the page shows it: who owes whom how much. */
    record Shown(String debtor, String creditor, String amount) {
    }

    static final int WEEKS = 4;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    static final String SECTION = "settlements";

    private final ConsoleFrame frame;
    private final Upstream redemption;

    SettlementsSection(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.frame = frame;
        this.redemption = frame.upstream(upstreams.redemptionUrl(), Duration.ofSeconds(30));
    }

    /** The period shown when the operator has not chosen one: the last {@value #WEEKS} whole ISO weeks before {@code today}. */
    static LocalDate[] defaultPeriod(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return new LocalDate[] {monday.minusWeeks(WEEKS), monday.minusDays(1)};
    }

    @GetMapping("/console/settlements")
    String settlements(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (frame.refuses(SECTION, user, model, response)) {
            return ConsoleFrame.VIEW;
        }
        String[] period = period(from, to);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        try {
            Report report = redemption.client().get().uri("/api/clearing?from={from}&to={to}", period[0], period[1])
                    .headers(ConsoleFrame.as(client, locale)).retrieve().body(Report.class);
            model.addAttribute("net", report == null ? List.of() : shown(report.net(), locale));
            model.addAttribute("gross", report == null ? List.of() : shown(report.gross(), locale));
            Settled[] statements = redemption.client().get().uri("/api/settlements?from={from}&to={to}", period[0], period[1])
                    .headers(ConsoleFrame.as(client, locale)).retrieve().body(Settled[].class);
            model.addAttribute("statements", statements == null ? List.of() : Arrays.stream(statements).map(st -> row(st, locale)).toList());
        } catch (RestClientException failed) {
            model.addAttribute("problem", frame.failed(redemption, failed, locale, response));
        }
        return ConsoleFrame.VIEW;
    }

    /** The period's pain.001 or payout CSV as redemption-service wrote it; its refusal on the section's page, in the operator's language. */
    @GetMapping({"/console/settlements/payouts.xml", "/console/settlements/payouts.csv"})
    @Nullable
    ModelAndView file(jakarta.servlet.http.HttpServletRequest request, @AuthenticationPrincipal OidcUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String execution, Model model, Locale locale,
            HttpServletResponse response, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client)
            throws java.io.IOException {
        if (frame.refuses(SECTION, user, model, response)) {
            return new ModelAndView(ConsoleFrame.VIEW);
        }
        String name = request.getServletPath().substring("/console/settlements/".length());
        String[] period = period(from, to);
        // Upstream.forward encodes the address as a template: the period is passed on as typed, less what cannot be part of a date
        String uri = "/api/settlements/" + name + "?from=" + period[0] + "&to=" + period[1]
                + (execution == null || execution.isBlank() || !name.endsWith(".xml") ? "" : "&execution=" + typed(execution));
        ResponseEntity<byte[]> answer = redemption.forward(HttpMethod.GET, uri, client, locale, null, null, Map.of());
        if (answer.getStatusCode().is2xxSuccessful()) {
            // written here rather than returned, so that a refusal can be the section's page (the view below)
            answer.getHeaders().forEach((header, values) -> values.forEach(value -> response.addHeader(header, value)));
            String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            if (disposition == null || !disposition.startsWith("attachment")) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("payouts-" + period[0] + "-" + period[1] + name.substring(7)).build().toString());
            }
            response.setStatus(answer.getStatusCode().value());
            byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        // refused or unavailable: the section's page, saying why, with the service's status
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("net", List.of());
        model.addAttribute("gross", List.of());
        model.addAttribute("statements", List.of());
        RestClientResponseException refused = new RestClientResponseException("refused", answer.getStatusCode(), "", answer.getHeaders(), answer.getBody(),
                StandardCharsets.UTF_8);
        byte[] problem = answer.getBody() == null ? new byte[0] : answer.getBody();
        refused.setBodyConvertFunction(type -> JSON.readValue(problem, type.resolve(Object.class)));
        model.addAttribute("problem", frame.said(locale).apply(refused));
        int status = answer.getStatusCode().value();
        response.setStatus(answer.getStatusCode().is4xxClientError() || status == HttpStatus.SERVICE_UNAVAILABLE.value() ? status : HttpStatus.BAD_GATEWAY.value());
        return new ModelAndView(ConsoleFrame.VIEW);
    }

    /** The period typed (passed on as typed, for redemption-service to judge), or the default one for what is not. */
    private static String[] period(@Nullable String from, @Nullable String to) {
        LocalDate[] fallback = defaultPeriod(LocalDate.now(ConsoleFrame.NETWORK));
        return new String[] {from == null || from.isBlank() ? fallback[0].toString() : typed(from),
                to == null || to.isBlank() ? fallback[1].toString() : typed(to)};
    }

    /** What was typed as a date, less characters that would change the address it is sent in ({@code & = ? # %}), at most 40 of them. */
    static String typed(String value) {
        String kept = value.strip().replaceAll("[^\\p{L}\\p{N}.:/ ,-]", "");
        return kept.length() > 40 ? kept.substring(0, 40) : kept;
    }

    /** Debts as the page shows them: the parties by name, the amount in the operator's language. */
    static List<Shown> shown(List<Owed> owed, Locale locale) {
        return owed.stream().map(o -> new Shown(ConsoleFrame.party(o.debtor()), ConsoleFrame.party(o.creditor()),
                Formats.money(o.amount(), o.currency().strip(), locale))).toList();
    }

    /** A statement as its row shows it: the shop (its id when unnamed), city, period, issuer, redemptions, payout, the day it was settled. */
    static Row row(Settled st, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new Row(st.id().toString(), List.of(st.merchant() == null ? st.merchantId().toString() : st.merchant(),
                st.cityCode() == null ? "" : ConsoleFrame.party(st.cityCode()), day.format(st.periodFrom()) + " – " + day.format(st.periodTo()),
                ConsoleFrame.party(st.issuer()), String.valueOf(st.redemptions()), Formats.money(st.payout(), st.currency().strip(), locale),
                day.withZone(ConsoleFrame.NETWORK).format(st.settledAt())), null);
    }
}
