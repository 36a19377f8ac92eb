package org.citycoop.web.merchants;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.Shell;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code /merchants/apply}: a signed-in shopper applies for their business (company, VAT id, IBAN,
 * sector, address) and names the shop to open; merchant-service checks it and says what it refuses,
 * each field after its label on this page. Once applied the page says where the application stands;
 * once approved it offers to open the shop: the web session is ended (not the sign-in at
 * identity-service), so the next page fetches new tokens that carry the owner's role (ADR 0025).
 */
@Controller
class ApplyPage {

    /** A choice in a select: value and text. */
    record Choice(String code, String name) {
    }

    private record Sector(String code, String name) {
    }

    /** The applicant's latest application as merchant-service tells it. */
    record Mine(String merchantId, String tradingName, String status, String storeName) {
    }

    /** The form's fields and the label each is named by in a refusal; {@code store.*} are the shop's. */
    static final Map<String, String> LABELS;
    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("legalName", "apply.legal-name");
        labels.put("tradingName", "apply.trading-name");
        labels.put("vatId", "apply.vat-id");
        labels.put("iban", "apply.iban");
        labels.put("naceCode", "apply.sector");
        labels.put("street", "apply.street");
        labels.put("postalCode", "apply.postal-code");
        labels.put("cityCode", "apply.city");
        labels.put("store.name", "apply.store-name");
        labels.put("store.street", "apply.store-street");
        labels.put("store.postalCode", "apply.store-postal-code");
        labels.put("store.cityCode", "apply.store-city");
        LABELS = Map.copyOf(labels);
    }

    private final Upstream merchants;
    private final MessageSource messages;

    ApplyPage(UpstreamSettings upstreams, MessageSource messages) {
        this.merchants = new Upstream(upstreams.merchantUrl(), Duration.ofSeconds(10), messages, "apply.unavailable");
        this.messages = messages;
    }

    @GetMapping("/merchants/apply")
    String page(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) @Nullable String opened, Model model, Locale locale,
            HttpServletResponse response, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        List<String> roles = Shell.roles(user);
        if (roles.contains("MERCHANT_OWNER")) {
            if (opened != null) {
                return "redirect:/checkout?approved";
            }
            model.addAttribute("owner", true);
            return "apply";
        }
        model.addAttribute("reopened", opened != null);
        if (!roles.contains("SHOPPER")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", "apply.only-shoppers");
            return "apply";
        }
        try {
            Mine mine = merchants.client().get().uri("/api/merchant-applications/mine").headers(h -> h.setBearerAuth(token(client))).retrieve()
                    .body(Mine.class);
            if (mine != null) {
                model.addAttribute("applied", mine); // not "application": Thymeleaf keeps that name for the servlet context
                return "apply";
            }
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() != 404) {
                model.addAttribute("problem", merchants.failed(refused, locale, response, said -> Upstream.said(said, text("apply.unavailable", locale))));
                return "apply";
            }
        } catch (RestClientException failure) {
            model.addAttribute("problem", merchants.failed(failure, locale, response, said -> Upstream.said(said, text("apply.unavailable", locale))));
            return "apply";
        }
        return form(model, locale, Map.of());
    }

    @PostMapping("/merchants/apply")
    String apply(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal OidcUser user, Model model, Locale locale,
            HttpServletResponse response, @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client) {
        if (!Shell.roles(user).contains("SHOPPER")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", "apply.only-shoppers");
            return "apply";
        }
        Map<String, String> typed = new LinkedHashMap<>();
        LABELS.keySet().forEach(field -> typed.put(field, value(form, field)));
        Map<String, @Nullable Object> application = new LinkedHashMap<>();
        LABELS.keySet().stream().filter(field -> !field.startsWith("store.")).forEach(field -> application.put(field, typed.get(field)));
        Map<String, String> store = new LinkedHashMap<>();
        LABELS.keySet().stream().filter(field -> field.startsWith("store.")).forEach(field -> store.put(field.substring(6), typed.get(field)));
        application.put("store", store);
        try {
            merchants.client().post().uri("/api/merchant-applications").headers(h -> {
                h.setBearerAuth(token(client));
                h.setAcceptLanguageAsLocales(List.of(locale));
            }).body(application).retrieve().toBodilessEntity();
            return "redirect:/merchants/apply";
        } catch (RestClientException failure) {
            model.addAttribute("problem", merchants.failed(failure, locale, response, refused -> said(refused, locale)));
        }
        return form(model, locale, typed);
    }

    /**
     * The approved applicant opens their shop: the web session ends, so the next page signs in again at
     * identity-service (silently while its own sign-in lasts) and gets tokens with the owner's role; with
     * them this page leads on to the checkout. Should identity-service not have granted the role yet (it
     * learns of the approval over Kafka, within moments), the page says so and offers the button again.
     */
    @PostMapping("/merchants/apply/shop")
    String openShop(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return "redirect:/merchants/apply?opened";
    }

    private String form(Model model, Locale locale, Map<String, String> typed) {
        model.addAttribute("form", true);
        model.addAttribute("typed", typed);
        model.addAttribute("cities", Arrays.stream(PartnerCity.values())
                .sorted(Comparator.comparing(PartnerCity::country).thenComparing(PartnerCity::officialName))
                .map(city -> new Choice(city.code(), city.officialName())).toList());
        try {
            Sector[] sectors = merchants.client().get().uri("/api/sectors").headers(h -> h.setAcceptLanguageAsLocales(List.of(locale))).retrieve()
                    .body(Sector[].class);
            model.addAttribute("sectors", sectors == null ? List.of() : Arrays.stream(sectors).map(s -> new Choice(s.code(), s.name()))
                    .sorted(Comparator.comparing(Choice::name)).toList());
        } catch (RestClientException e) {
            model.addAttribute("sectors", List.of());
        }
        return "apply";
    }

    /** merchant-service's refusal, each field's message after the field's label on this page ("IBAN: has wrong check digits"). */
    private String said(RestClientResponseException refused, Locale locale) {
        try {
            Map<?, ?> problem = refused.getResponseBodyAs(Map.class);
            if (problem != null && problem.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
                return errors.stream().filter(Map.class::isInstance).map(Map.class::cast).map(error -> {
                    String label = LABELS.get(String.valueOf(error.get("field")));
                    String message = String.valueOf(error.get("message"));
                    return label == null ? message : text(label, locale) + ": " + message;
                }).distinct().reduce((a, b) -> a + "; " + b).orElse("");
            }
        } catch (RuntimeException notJson) {
            // what Upstream makes of it
        }
        return Upstream.said(refused, text("apply.unavailable", locale));
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
