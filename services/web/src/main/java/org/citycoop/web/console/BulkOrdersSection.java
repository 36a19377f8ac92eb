package org.citycoop.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Formats;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's bulk orders ({@code /console/bulk-orders}, template {@code console/bulk-orders.html}): an
 * employer's order of vouchers for its staff from a CSV file ({@code employee_id,name[,amount]}), checked
 * first (voucher-service's dry run: lines, total, warnings) and then placed, once however often the
 * form is sent; the order's vouchers printed (PDF, in the operator's language).
 */
@Controller
class BulkOrdersSection {

    record Order(@Nullable UUID orderId, int lines, BigDecimal total, String currency, List<Warning> warnings, boolean dryRun) {
    }

    record Warning(String field, String message) {
    }

    static final String SECTION = "bulk-orders";

    private final ConsoleFrame frame;
    private final VoucherSales sales;
    private final Upstream vouchers;

    BulkOrdersSection(ConsoleFrame frame, VoucherSales sales, UpstreamSettings upstreams) {
        this.frame = frame;
        this.sales = sales;
        this.vouchers = frame.upstream(upstreams.voucherUrl(), Duration.ofSeconds(30));
    }

    @GetMapping("/console/bulk-orders")
    String orderForm(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> sales.offer(model, client, locale));
    }

    @PostMapping(path = "/console/bulk-orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String order(@AuthenticationPrincipal OidcUser user, @RequestParam Map<String, String> form, @RequestParam("employees") MultipartFile employees,
            Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            sales.offer(model, client, locale);
            model.addAttribute("form", form);
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            HttpHeaders json = new HttpHeaders();
            json.setContentType(MediaType.APPLICATION_JSON);
            parts.add("order", new HttpEntity<>(details(form), json));
            HttpHeaders csv = new HttpHeaders();
            csv.setContentType(MediaType.parseMediaType("text/csv"));
            csv.setContentDispositionFormData("employees", employees.getOriginalFilename() == null ? "employees.csv" : employees.getOriginalFilename());
            try {
                parts.add("employees", new HttpEntity<>(new ByteArrayResource(employees.getBytes()), csv));
                Order placed = vouchers.client().post().uri("/api/bulk-orders?dryRun=" + checkOnly(form)).headers(ConsoleFrame.as(client, locale))
                        .header("Idempotency-Key", form.getOrDefault("key", "")).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                        .body(Order.class);
                model.addAttribute("order", placed);
                model.addAttribute("orderTotal", placed == null ? "" : Formats.money(placed.total(), placed.currency(), locale));
            } catch (RestClientResponseException refused) {
                model.addAttribute("problem", frame.failed(vouchers, refused, locale, response));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/console/bulk-orders/{id}/vouchers.pdf")
    @ResponseBody
    ResponseEntity<byte[]> printed(@PathVariable UUID id, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return sales.printed("/api/bulk-orders/" + id, client, locale);
    }

    /**
     * The form as voucher-service's order: program, company, VAT id, country, currency and payment as
     * sent; the value each as a number when typed (else as typed, for it to name), none when left empty
     * (the file's amounts then).
     */
    static Map<String, Object> details(Map<String, String> form) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("programId", form.get("programId"));
        details.put("companyName", form.get("companyName"));
        details.put("companyVatId", form.get("companyVatId"));
        details.put("country", form.get("country"));
        String each = form.getOrDefault("amountEach", "").strip();
        details.put("amountEach", each.isEmpty() ? null : ConsoleFrame.number(each));
        details.put("currency", form.get("currency"));
        details.put("paymentMethod", form.get("paymentMethod"));
        return details;
    }

    /** Whether the file is only to be checked: only when the box says so ({@code dryRun=true}); an unticked box sends nothing and places the order. */
    static boolean checkOnly(Map<String, String> form) {
        return "true".equals(form.get("dryRun"));
    }
}
