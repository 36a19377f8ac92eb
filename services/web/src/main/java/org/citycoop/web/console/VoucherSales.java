package org.citycoop.web.console;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the two sections that sell vouchers (counter sales, bulk orders) share: the form's choice of
 * the active programs to sell from ({@code programs}: id, name in the operator's language, currency) and
 * its fresh key ({@code key}, the {@code Idempotency-Key} that makes a second press sell or order once);
 * and the vouchers sold, printed as voucher-service prints them.
 */
@Component
class VoucherSales {

    private final Upstream vouchers;

    VoucherSales(ConsoleFrame frame, UpstreamSettings upstreams) {
        this.vouchers = frame.upstream(upstreams.voucherUrl(), Duration.ofSeconds(30));
    }

    /** Puts the active programs and a new form key in the form's model. */
    void offer(Model model, OAuth2AuthorizedClient client, Locale locale) {
        Program[] active = ConsoleFrame.get(vouchers, "/api/programs?status=ACTIVE", client, locale, Program[].class);
        model.addAttribute("programs", active == null ? List.of() : Arrays.stream(active)
                .map(p -> new Row(p.id().toString(), List.of(p.name(locale), p.currency()), null)).toList());
        model.addAttribute("key", UUID.randomUUID().toString());
    }

    /** The vouchers of a sale or an order ({@code sold}, its address at voucher-service) as it prints them, in the operator's language, passed on as they are. */
    ResponseEntity<byte[]> printed(String sold, OAuth2AuthorizedClient client, Locale locale) {
        return vouchers.forward(HttpMethod.GET, sold + "/vouchers.pdf?lang=" + locale.getLanguage(), client, locale, null, null, Map.of());
    }
}
