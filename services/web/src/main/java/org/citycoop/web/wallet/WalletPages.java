package org.citycoop.web.wallet;

import static org.citycoop.web.shell.Formats.money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Audience;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The shopper's wallet: their vouchers with what is left on each ({@code /wallet}), and a voucher with
 * its QR code to show at the till, its code to read out, and what happened to it
 * ({@code /wallet/vouchers/{id}}). Read from voucher-service with the shopper's own token; amounts and
 * dates in the page's language ("12,50 €", "12 345 Ft").
 */
@Controller
class WalletPages {

    /** A voucher as voucher-service shows it to its holder (the fields the pages use). */
    record Voucher(UUID id, String code, String uri, UUID programId, String currency, BigDecimal faceValue, BigDecimal balance, String status,
            Instant expiresAt, LocalDate validUntil) {
    }

    /** An entry of the voucher's history; the shop's amount, currency and rate only where the shop's currency differs. */
    record HistoryEntry(String kind, BigDecimal amount, String currency, @Nullable String merchant, Instant at, @Nullable BigDecimal shopAmount,
            @Nullable String shopCurrency, @Nullable String exchangeRate) {
    }

    private record Program(Map<String, String> names) {
    }

    /** A voucher on the page: its program's name, amounts and expiry formatted, whether it can be spent. */
    record Shown(UUID id, UUID programId, @Nullable String program, String code, String balance, String faceValue, String expires, String status, boolean spendable) {
    }

    /** An entry on the page: {@code paid} and {@code rate} (forints per euro) only where the shop took another currency. */
    record Event(String kind, String amount, @Nullable String paid, @Nullable String rate, String shop, String at) {
    }

    private static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final RestClient vouchers;
    private final Map<UUID, Program> programs = new ConcurrentHashMap<>();

    WalletPages(UpstreamSettings upstreams) {
        org.springframework.http.client.JdkClientHttpRequestFactory requests = new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.vouchers = RestClient.builder().baseUrl(upstreams.voucherUrl()).requestFactory(requests).build();
    }

    /** When the page was drawn, for the note a page kept for offline use shows. */
    @org.springframework.web.bind.annotation.ModelAttribute("shownAt")
    String shownAt(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(NETWORK).format(Instant.now());
    }

    /** The same instant in milliseconds: tells a page kept for offline use from one drawn now. */
    @org.springframework.web.bind.annotation.ModelAttribute("drawnAt")
    long drawnAt() {
        return System.currentTimeMillis();
    }

    @GetMapping("/wallet")
    String wallet(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (Audience.SHOPPERS.refuses(user, model, response)) {
            return "wallet";
        }
        try {
            List<Voucher> held = List.of(vouchers.get().uri("/api/wallet").headers(h -> h.setBearerAuth(token(client))).retrieve().body(Voucher[].class));
            model.addAttribute("vouchers", held.stream().map(v -> shown(v, locale)).toList());
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "wallet.unavailable");
        }
        return "wallet";
    }

    @GetMapping("/wallet/vouchers/{id}")
    String voucher(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client,
            jakarta.servlet.http.HttpServletResponse response) {
        if (Audience.SHOPPERS.refuses(user, model, response)) {
            return "voucher";
        }
        try {
            Voucher voucher = vouchers.get().uri("/api/vouchers/{id}", id).headers(h -> h.setBearerAuth(token(client))).retrieve().body(Voucher.class);
            String svg = vouchers.get().uri("/api/vouchers/{id}/qr.svg", id).headers(h -> h.setBearerAuth(token(client))).retrieve().body(String.class);
            List<HistoryEntry> history = List.of(vouchers.get().uri("/api/vouchers/{id}/history", id).headers(h -> h.setBearerAuth(token(client))).retrieve()
                    .body(HistoryEntry[].class));
            model.addAttribute("voucher", shown(voucher, locale));
            model.addAttribute("qr", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            model.addAttribute("qrText", voucher.uri());
            model.addAttribute("history", history.stream().map(e -> event(e, locale)).toList());
        } catch (RestClientResponseException e) {
            // not theirs, or no such voucher: the same answer, so that ids cannot be probed
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("refusal", e.getStatusCode().is4xxClientError() ? "wallet.not-found" : "wallet.unavailable");
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "wallet.unavailable");
        }
        return "voucher";
    }

    /** The last day the voucher can be spent, as voucher-service states it in the cities' calendar (the same date its PDF prints). */
    static String validUntil(Voucher v, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(v.validUntil());
    }

    /** A history entry in the page's language: "5,06 €", and what the shop took where it was another currency ("2 000 Ft", "395,50"). */
    static Event event(HistoryEntry e, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(NETWORK);
        boolean otherCurrency = e.shopAmount() != null && e.shopCurrency() != null && !e.shopCurrency().equals(e.currency());
        String rate = null;
        if (otherCurrency && e.exchangeRate() != null) {
            java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale);
            number.setMinimumFractionDigits(2);
            number.setMaximumFractionDigits(4);
            rate = number.format(new BigDecimal(e.exchangeRate()));
        }
        return new Event("wallet.history." + e.kind().toLowerCase(Locale.ROOT), money(e.amount(), e.currency(), locale),
                otherCurrency ? money(e.shopAmount(), e.shopCurrency(), locale) : null, rate, e.merchant() == null ? "" : e.merchant(), when.format(e.at()));
    }

    private Shown shown(Voucher v, Locale locale) {
        String expires = validUntil(v, locale);
        return new Shown(v.id(), v.programId(), programName(v.programId(), locale), v.code(), money(v.balance(), v.currency(), locale), money(v.faceValue(), v.currency(), locale),
                expires, "wallet.status." + v.status().toLowerCase(Locale.ROOT), "ACTIVE".equals(v.status()) && v.balance().signum() > 0);
    }

    /**
     * The program's name in the page's language (English, then any, when it has none in it). Names are
     * fixed once a program is active, so they are kept; a failed lookup is not (tried again next time),
     * and the page says "Voucher" meanwhile.
     */
    private @Nullable String programName(UUID id, Locale locale) {
        Program program = programs.computeIfAbsent(id, key -> {
            try {
                return vouchers.get().uri("/api/programs/{id}", key).retrieve().body(Program.class);
            } catch (RestClientException e) {
                return null;
            }
        });
        if (program == null || program.names() == null) {
            return null;
        }
        return program.names().getOrDefault(locale.getLanguage(), program.names().getOrDefault("en",
                program.names().values().stream().findFirst().orElse("")));
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
