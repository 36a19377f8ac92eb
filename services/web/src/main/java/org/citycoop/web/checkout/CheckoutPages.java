package org.citycoop.web.checkout;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Shell;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;

/**
 * The till in a phone or tablet's browser, for a merchant's cashiers and owners ({@code /checkout}):
 * choose the store, scan a voucher (camera, a photo of the code, or the code typed), see what is left
 * on it and whether it is accepted here, take an amount, see approved or declined with the reason,
 * several vouchers on one basket, the member card for points, give back, the day's takings. The
 * page's script calls redemption-service through {@code /checkout/api/…} with the person's own token;
 * redemption-service decides (declines, limits, idempotency) and its answers pass through in the
 * person's language.
 */
@Controller
class CheckoutPages {

    /** A store to choose: id, name, city, the currency it takes. */
    record StoreChoice(UUID id, String name, String city, String currency) {
    }

    private record Store(UUID id, String name, String cityCode) {
    }

    /** The texts the page's script needs (keys {@code checkout.js.*}). */
    static final List<String> SCRIPT_TEXTS = List.of("approved", "approved-detail", "declined", "left", "accepted", "not-accepted", "unknown",
            "expires", "amount-invalid", "amount-more-than-left", "checking", "redeeming", "unavailable", "retry", "camera-failed", "no-code-in-photo",
            "member-read", "member-none", "finish-needs-total", "finished", "still-to-pay", "reverse", "reversed", "reverse-confirm", "basket-empty",
            "takings-empty", "takings-summary", "camera-stop", "camera-start", "scanning", "voucher", "time", "amount", "given-back", "credited",
            "reverse-failed", "store-needed", "takings-latest");

    private final Upstream redemption;
    private final Upstream merchants;
    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    CheckoutPages(UpstreamSettings upstreams,
            MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.redemption = new Upstream(upstreams.redemptionUrl(), Duration.ofSeconds(10), messages, "checkout.unavailable");
        this.merchants = new Upstream(upstreams.merchantUrl(), Duration.ofSeconds(5), messages, "checkout.unavailable");
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/checkout")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (org.citycoop.web.shell.Audience.SHOP_STAFF.refuses(user, model, response)) {
            return "checkout";
        }
        List<String> roles = Shell.roles(user);
        String merchant = user.getClaimAsString("merchant_id");
        try {
            Store[] stores = merchants.client().get().uri("/api/merchants/{id}/stores", merchant)
                    .headers(h -> h.setBearerAuth(client.getAccessToken().getTokenValue())).retrieve().body(Store[].class);
            model.addAttribute("stores", stores == null ? List.of() : java.util.Arrays.stream(stores).map(store -> {
                PartnerCity city = PartnerCity.byCode(store.cityCode()).orElseThrow();
                return new StoreChoice(store.id(), store.name(), city.officialName(), city.currency());
            }).toList());
        } catch (RestClientException e) {
            response.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "checkout.unavailable");
            return "checkout";
        }
        model.addAttribute("owner", roles.contains("MERCHANT_OWNER"));
        Map<String, Object> texts = new java.util.LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(key -> texts.put(key, messages.getMessage("checkout.js." + key, null, locale)));
        texts.put("locale", locale.toLanguageTag());
        // JSON in a script element the browser does not run: only "</" could end it early
        model.addAttribute("textsJson", json.writeValueAsString(texts).replace("</", "<\\/"));
        return "checkout";
    }

    /** What redemption-service knows of a code: balance, currency, expiry, spendable here or why not. */
    @PostMapping(path = "/checkout/api/scans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> scan(@RequestBody byte[] body, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return redemption.forward(HttpMethod.POST, "/api/checkout/scans", client, locale, MediaType.APPLICATION_JSON, body, Map.of());
    }

    /** Takes an amount off a voucher; the page's Idempotency-Key makes a repeated press (or a retry after no answer) take once. */
    @PostMapping(path = "/checkout/api/redemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> redeem(@RequestBody byte[] body, @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return redemption.forward(HttpMethod.POST, "/api/checkout/redemptions", client, locale, MediaType.APPLICATION_JSON, body, idempotency(key));
    }

    @PostMapping(path = "/checkout/api/redemptions/{id}/reversals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> reverse(@PathVariable UUID id, @RequestBody byte[] body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return redemption.forward(HttpMethod.POST, "/api/checkout/redemptions/" + id + "/reversals", client, locale, MediaType.APPLICATION_JSON, body,
                idempotency(key));
    }

    /** Records the sale (for points, with the member card when the shopper showed it). */
    @PostMapping(path = "/checkout/api/purchases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> purchase(@RequestBody byte[] body, @RequestParam UUID storeId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return redemption.forward(HttpMethod.POST, "/api/checkout/purchases?storeId=" + storeId, client, locale, MediaType.APPLICATION_JSON, body,
                idempotency(key));
    }

    @GetMapping("/checkout/api/takings")
    @ResponseBody
    ResponseEntity<byte[]> takings(@RequestParam UUID storeId, @RequestParam(required = false) java.time.@Nullable LocalDate date, Locale locale,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        return redemption.forward(HttpMethod.GET, "/api/checkout/takings?storeId=" + storeId + (date == null ? "" : "&date=" + date), client, locale, null,
                null, Map.of());
    }

    private static Map<String, String> idempotency(@Nullable String key) {
        return key == null ? Map.of() : Map.of("Idempotency-Key", key);
    }
}
