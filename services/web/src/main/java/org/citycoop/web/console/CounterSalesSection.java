package org.citycoop.web.console;

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
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientResponseException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's counter sales ({@code /console/sales}, template {@code console/sales.html}): vouchers of
 * an active program sold over the counter (value each, currency, how many, how paid), once however often
 * the form is sent (its hidden key is voucher-service's {@code Idempotency-Key}); the codes sold, and the
 * vouchers printed as voucher-service prints them (PDF, in the operator's language).
 */
@Controller
class CounterSalesSection {

    record Sold(UUID saleId, BigDecimal paid, String currency, List<SoldVoucher> vouchers) {
    }

    record SoldVoucher(UUID id, String code, BigDecimal balance, String currency) {
    }

    static final String SECTION = "sales";

    private final ConsoleFrame frame;
    private final VoucherSales sales;
    private final Upstream vouchers;

    CounterSalesSection(ConsoleFrame frame, VoucherSales sales, UpstreamSettings upstreams) {
        this.frame = frame;
        this.sales = sales;
        this.vouchers = frame.upstream(upstreams.voucherUrl(), Duration.ofSeconds(30));
    }

    @GetMapping("/console/sales")
    String saleForm(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> sales.offer(model, client, locale));
    }

    @PostMapping("/console/sales")
    String sell(@AuthenticationPrincipal OidcUser user, @RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return frame.page(SECTION, user, model, response, () -> {
            sales.offer(model, client, locale);
            try {
                Sold sold = vouchers.client().post().uri("/api/counter-sales").headers(ConsoleFrame.as(client, locale))
                        .header("Idempotency-Key", form.getOrDefault("key", "")).body(sale(form)).retrieve().body(Sold.class);
                model.addAttribute("sold", sold);
                model.addAttribute("soldTotal", sold == null ? "" : Formats.money(sold.paid(), sold.currency(), locale));
            } catch (RestClientResponseException refused) {
                model.addAttribute("problem", frame.failed(vouchers, refused, locale, response));
                model.addAttribute("form", form);
            }
        });
    }

    @GetMapping("/console/sales/{id}/vouchers.pdf")
    @ResponseBody
    ResponseEntity<byte[]> printed(@PathVariable UUID id, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return sales.printed("/api/counter-sales/" + id, client, locale);
    }

    /** The form as voucher-service's counter sale: the value each and how many as numbers when they are (else as typed, for it to name); one when not said. */
    static Map<String, Object> sale(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programId", form.get("programId"));
        body.put("amount", ConsoleFrame.number(form.getOrDefault("amount", "")));
        body.put("currency", form.get("currency"));
        body.put("paymentMethod", form.get("paymentMethod"));
        body.put("quantity", ConsoleFrame.number(form.getOrDefault("quantity", "1")));
        return body;
    }
}
