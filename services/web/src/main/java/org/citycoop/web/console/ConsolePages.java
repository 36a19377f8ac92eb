package org.citycoop.web.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Upstream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The operators' console ({@code /console}): voucher programs (draft, activate, close), merchant
 * applications to approve, counter sales (vouchers printed as PDF), employers' bulk orders from a CSV
 * file (checked first, then placed), the EUR/HUF reference rate, tills throttled for unknown codes, and
 * the audit log (the settlements are {@link SettlementsSection}). Every action is the service's own API called with the operator's token; a form's
 * hidden key makes a second press sell or order once; the services' refusals are shown as they said
 * them, in the operator's language.
 */
@Controller
class ConsolePages {

    record Program(UUID id, Map<String, String> names, String issuer, String currency, String coverage, List<String> cityCodes,
            List<BigDecimal> denominations, int validityMonths, BigDecimal bonusPercent, String status) {
    }

    record Merchant(UUID id, String legalName, String tradingName, String cityCode, String naceCode, @Nullable String vatId, @Nullable String email,
            Instant registeredAt) {
    }

    record Rate(String pair, BigDecimal rate, Instant updatedAt, String updatedBy) {
    }

    record Throttled(String caller, @Nullable UUID merchantId, @Nullable UUID storeId, Instant since, Instant until, int times) {
    }

    record Audit(long id, Instant at, String action, String actor, String subject, String detail) {
    }

    record Sold(UUID saleId, BigDecimal paid, String currency, List<SoldVoucher> vouchers) {
    }

    record SoldVoucher(UUID id, String code, BigDecimal balance, String currency) {
    }

    record Order(@Nullable UUID orderId, int lines, BigDecimal total, String currency, List<Warning> warnings, boolean dryRun) {
    }

    record Warning(String field, String message) {
    }

    /** A row of a table as the page shows it. */
    record Row(String id, List<String> cells, @Nullable String status) {
    }

    static final List<String> SECTIONS = List.of("programs", "merchants", "sales", "bulk-orders", "settlements", "rates", "terminals", "audit");
    private static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final Upstream vouchers;
    private final Upstream merchants;
    private final Upstream redemption;
    private final Upstream identity;
    private final MessageSource messages;

    ConsolePages(@Value("${citycoop.web.voucher-url}") String voucherUrl, @Value("${citycoop.web.merchant-url}") String merchantUrl,
            @Value("${citycoop.web.redemption-url}") String redemptionUrl, @Value("${citycoop.security.issuer}") String identityUrl,
            MessageSource messages) {
        this.vouchers = new Upstream(voucherUrl, Duration.ofSeconds(30), messages, "console.unavailable");
        this.merchants = new Upstream(merchantUrl, Duration.ofSeconds(10), messages, "console.unavailable");
        this.redemption = new Upstream(redemptionUrl, Duration.ofSeconds(10), messages, "console.unavailable");
        this.identity = new Upstream(identityUrl, Duration.ofSeconds(10), messages, "console.unavailable");
        this.messages = messages;
    }

    @ModelAttribute("sections")
    List<String> sections() {
        return SECTIONS;
    }

    @ModelAttribute("cityChoices")
    List<PartnerCity> cityChoices() {
        return Arrays.stream(PartnerCity.values()).toList();
    }

    @GetMapping("/console")
    String overview(@AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        return page("overview", user, model, response, () -> {
        });
    }

    // ------------------------------------------------------------------ programs

    @GetMapping("/console/programs")
    String programs(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("programs", user, model, response, () -> {
            List<Row> rows = new ArrayList<>();
            for (String status : List.of("DRAFT", "ACTIVE", "CLOSED")) {
                Program[] found = get(vouchers, "/api/programs?status=" + status, client, locale, Program[].class);
                for (Program p : found == null ? new Program[0] : found) {
                    rows.add(new Row(p.id().toString(), List.of(name(p.names(), locale), issuer(p.issuer()), p.currency(),
                            p.denominations().stream().map(d -> Formats.money(d, p.currency(), locale)).reduce((a, b) -> a + ", " + b).orElse("–"),
                            String.valueOf(p.validityMonths())), p.status()));
                }
            }
            model.addAttribute("rows", rows);
        });
    }

    @PostMapping("/console/programs")
    String draftProgram(@RequestParam Map<String, String> form, @RequestParam(name = "cityCodes", required = false) @Nullable List<String> cities,
            Locale locale, RedirectAttributes flash, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
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
                .map(ConsolePages::number).toList());
        body.put("validityMonths", number(form.getOrDefault("validityMonths", "")));
        body.put("bonusPercent", number(form.getOrDefault("bonusPercent", "0")));
        return act(flash, locale, "console.programs.drafted", "/console/programs",
                () -> vouchers.client().post().uri("/api/programs").headers(as(client, locale)).body(body).retrieve().toBodilessEntity());
    }

    @PostMapping("/console/programs/{id}/activation")
    String activate(@PathVariable UUID id, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return act(flash, locale, "console.programs.activated", "/console/programs",
                () -> vouchers.client().post().uri("/api/programs/{id}/activation", id).headers(as(client, locale)).retrieve().toBodilessEntity());
    }

    @PostMapping("/console/programs/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return act(flash, locale, "console.programs.closed", "/console/programs", () -> vouchers.client().post().uri("/api/programs/{id}/closure", id)
                .headers(as(client, locale)).body(Map.of("reason", reason)).retrieve().toBodilessEntity());
    }

    // ------------------------------------------------------------------ merchant applications

    @GetMapping("/console/merchants")
    String applications(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("merchants", user, model, response, () -> {
            Merchant[] waiting = get(merchants, "/api/merchants?status=APPLIED", client, locale, Merchant[].class);
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(NETWORK);
            model.addAttribute("rows", waiting == null ? List.of() : Arrays.stream(waiting).map(m -> new Row(m.id().toString(), List.of(m.tradingName(),
                    m.legalName(), issuer(m.cityCode()), m.naceCode(), m.vatId() == null ? "" : m.vatId(), day.format(m.registeredAt())), null)).toList());
        });
    }

    @PostMapping("/console/merchants/{id}/approval")
    String approve(@PathVariable UUID id, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return act(flash, locale, "console.merchants.approved", "/console/merchants",
                () -> merchants.client().post().uri("/api/merchants/{id}/approval", id).headers(as(client, locale)).retrieve().toBodilessEntity());
    }

    // ------------------------------------------------------------------ counter sales and bulk orders

    @GetMapping("/console/sales")
    String saleForm(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("sales", user, model, response, () -> activePrograms(model, client, locale));
    }

    @PostMapping("/console/sales")
    String sell(@AuthenticationPrincipal OidcUser user, @RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("sales", user, model, response, () -> {
            activePrograms(model, client, locale);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("programId", form.get("programId"));
            body.put("amount", number(form.getOrDefault("amount", "")));
            body.put("currency", form.get("currency"));
            body.put("paymentMethod", form.get("paymentMethod"));
            body.put("quantity", number(form.getOrDefault("quantity", "1")));
            try {
                Sold sold = vouchers.client().post().uri("/api/counter-sales").headers(as(client, locale))
                        .header("Idempotency-Key", form.getOrDefault("key", "")).body(body).retrieve().body(Sold.class);
                model.addAttribute("sold", sold);
                model.addAttribute("soldTotal", sold == null ? "" : Formats.money(sold.paid(), sold.currency(), locale));
            } catch (RestClientResponseException refused) {
                model.addAttribute("problem", vouchers.failed(refused, locale, response, said(locale)));
                model.addAttribute("form", form);
            }
        });
    }

    @GetMapping("/console/sales/{id}/vouchers.pdf")
    @ResponseBody
    ResponseEntity<byte[]> salePdf(@PathVariable UUID id, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return printed("/api/counter-sales/" + id, client, locale);
    }

    @GetMapping("/console/bulk-orders")
    String bulkForm(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("bulk-orders", user, model, response, () -> activePrograms(model, client, locale));
    }

    @PostMapping(path = "/console/bulk-orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String order(@AuthenticationPrincipal OidcUser user, @RequestParam Map<String, String> form, @RequestParam("employees") MultipartFile employees,
            Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("bulk-orders", user, model, response, () -> {
            activePrograms(model, client, locale);
            model.addAttribute("form", form);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("programId", form.get("programId"));
            details.put("companyName", form.get("companyName"));
            details.put("companyVatId", form.get("companyVatId"));
            details.put("country", form.get("country"));
            String each = form.getOrDefault("amountEach", "").strip();
            details.put("amountEach", each.isEmpty() ? null : number(each));
            details.put("currency", form.get("currency"));
            details.put("paymentMethod", form.get("paymentMethod"));
            boolean check = "true".equals(form.get("dryRun"));
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            HttpHeaders json = new HttpHeaders();
            json.setContentType(MediaType.APPLICATION_JSON);
            parts.add("order", new HttpEntity<>(details, json));
            HttpHeaders csv = new HttpHeaders();
            csv.setContentType(MediaType.parseMediaType("text/csv"));
            csv.setContentDispositionFormData("employees", employees.getOriginalFilename() == null ? "employees.csv" : employees.getOriginalFilename());
            try {
                parts.add("employees", new HttpEntity<>(new ByteArrayResource(employees.getBytes()), csv));
                Order placed = vouchers.client().post().uri("/api/bulk-orders?dryRun=" + check).headers(as(client, locale))
                        .header("Idempotency-Key", form.getOrDefault("key", "")).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                        .body(Order.class);
                model.addAttribute("order", placed);
                model.addAttribute("orderTotal", placed == null ? "" : Formats.money(placed.total(), placed.currency(), locale));
            } catch (RestClientResponseException refused) {
                model.addAttribute("problem", vouchers.failed(refused, locale, response, said(locale)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/console/bulk-orders/{id}/vouchers.pdf")
    @ResponseBody
    ResponseEntity<byte[]> orderPdf(@PathVariable UUID id, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return printed("/api/bulk-orders/" + id, client, locale);
    }

    // ------------------------------------------------------------------ rate, tills, audit

    @GetMapping("/console/rates")
    String rates(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("rates", user, model, response, () -> {
            Rate rate = get(redemption, "/api/exchange-rates/EUR-HUF", client, locale, Rate.class);
            model.addAttribute("rate", rate);
            model.addAttribute("rateSince", rate == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(NETWORK).format(rate.updatedAt()));
        });
    }

    @PostMapping("/console/rates")
    String setRate(@RequestParam(defaultValue = "") String rate, Locale locale, RedirectAttributes flash,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return act(flash, locale, "console.rates.set", "/console/rates", () -> redemption.client().put().uri("/api/exchange-rates/EUR-HUF")
                .headers(as(client, locale)).body(Map.of("rate", number(rate))).retrieve().toBodilessEntity());
    }

    @GetMapping("/console/terminals")
    String terminals(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("terminals", user, model, response, () -> {
            Throttled[] throttled = get(redemption, "/api/throttled-terminals", client, locale, Throttled[].class);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale).withZone(NETWORK);
            model.addAttribute("rows", throttled == null ? List.of() : Arrays.stream(throttled).map(t -> new Row(t.caller(), List.of(t.caller(),
                    t.storeId() == null ? "" : t.storeId().toString(), time.format(t.since()), time.format(t.until()), String.valueOf(t.times())), null))
                    .toList());
        });
    }

    @GetMapping("/console/audit")
    String audit(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) @Nullable Instant before, Model model, Locale locale,
            HttpServletResponse response, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return page("audit", user, model, response, () -> {
            Audit[] entries = get(identity, "/api/audit?size=50" + (before == null ? "" : "&before=" + before), client, locale, Audit[].class);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale).withZone(NETWORK);
            List<Audit> list = entries == null ? List.of() : Arrays.asList(entries);
            model.addAttribute("rows", list.stream().map(a -> new Row(String.valueOf(a.id()), List.of(time.format(a.at()), a.action(), a.actor(), a.subject(),
                    a.detail() == null ? "" : a.detail()), null)).toList());
            model.addAttribute("older", list.size() == 50 ? list.getLast().at().toString() : null);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The section's page for operators; a 403 page for everyone else; a 503 page when a service does not answer. */
    private String page(String section, OidcUser user, Model model, HttpServletResponse response, Runnable fill) {
        model.addAttribute("section", section);
        if (org.citycoop.web.shell.Audience.OPERATORS.refuses(user, model, response)) {
            return "console";
        }
        try {
            fill.run();
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "console.unavailable");
        }
        return "console";
    }

    /** Does what the operator asked, and says on the next page that it is done, or what the service refused. */
    private String act(RedirectAttributes flash, Locale locale, String done, String back, Supplier<?> action) {
        try {
            action.get();
            flash.addFlashAttribute("done", messages.getMessage(done, null, locale));
        } catch (RestClientResponseException refused) {
            flash.addFlashAttribute("problem", said(locale).apply(refused));
        } catch (RestClientException e) {
            flash.addFlashAttribute("problem", messages.getMessage("console.unavailable", null, locale));
        }
        return "redirect:" + back;
    }

    /** A number typed with a decimal comma or point ("395,5", "20") as a number; anything else as typed, for the service to name. */
    static Object number(String typed) {
        String text = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    /** The vouchers of a sale or an order as voucher-service prints them, in the operator's language. */
    private ResponseEntity<byte[]> printed(String sale, OAuth2AuthorizedClient client, Locale locale) {
        return vouchers.forward(HttpMethod.GET, sale + "/vouchers.pdf?lang=" + locale.getLanguage(), client, locale, null, null, Map.of());
    }

    private void activePrograms(Model model, OAuth2AuthorizedClient client, Locale locale) {
        Program[] active = get(vouchers, "/api/programs?status=ACTIVE", client, locale, Program[].class);
        model.addAttribute("programs", active == null ? List.of() : Arrays.stream(active)
                .map(p -> new Row(p.id().toString(), List.of(name(p.names(), locale), p.currency()), null)).toList());
        model.addAttribute("key", UUID.randomUUID().toString());
    }

    private static <T> @Nullable T get(Upstream service, String uri, OAuth2AuthorizedClient client, Locale locale, Class<T> type) {
        return service.client().get().uri(uri).headers(as(client, locale)).retrieve().body(type);
    }

    private static java.util.function.Consumer<HttpHeaders> as(OAuth2AuthorizedClient client, Locale locale) {
        return headers -> {
            headers.setBearerAuth(client.getAccessToken().getTokenValue());
            headers.setAcceptLanguageAsLocales(List.of(locale));
        };
    }

    private static String name(Map<String, String> names, Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", names.values().stream().findFirst().orElse("")));
    }

    private static String issuer(String code) {
        return PartnerCity.byCode(code).map(PartnerCity::officialName).orElse("City Cooperation");
    }

    /** A refusal in the service's own words, or the console's "unavailable" text when it said nothing readable. */
    private java.util.function.Function<RestClientResponseException, String> said(Locale locale) {
        return refused -> Upstream.said(refused, messages.getMessage("console.unavailable", null, locale));
    }
}
