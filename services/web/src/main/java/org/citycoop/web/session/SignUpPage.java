package org.citycoop.web.session;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.shell.Upstream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Becoming a shopper ({@code /sign-up}, open to everyone): name, e-mail address, password, home city;
 * identity-service creates the account ({@code POST /api/accounts/shoppers}) and says in the person's
 * language what it refuses (an address already taken, a password too weak). Then the person signs in
 * and lands in their wallet.
 */
@Controller
class SignUpPage {

    /** A partner city to choose as home. */
    record City(String code, String name) {
    }

    private final Upstream identity;
    private final MessageSource messages;

    SignUpPage(IssuerSettings issuer, MessageSource messages) {
        this.identity = new Upstream(issuer.issuer(), Duration.ofSeconds(10), messages, "sign-up.unavailable");
        this.messages = messages;
    }

    @ModelAttribute("homeCities")
    List<City> homeCities() {
        return Arrays.stream(PartnerCity.values()).sorted(Comparator.comparing(PartnerCity::country).thenComparing(PartnerCity::officialName))
                .map(city -> new City(city.code(), city.officialName())).toList();
    }

    @GetMapping("/sign-up")
    String form() {
        return "sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String homeCity, Model model, Locale locale,
            RedirectAttributes flash, HttpServletResponse response) {
        Map<String, @Nullable Object> account = new LinkedHashMap<>();
        account.put("displayName", displayName.strip());
        account.put("email", email.strip());
        account.put("password", password);
        account.put("homeCity", homeCity);
        account.put("language", List.of("de", "sl", "hu", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "en");
        try {
            identity.client().post().uri("/api/accounts/shoppers").headers(h -> h.setAcceptLanguageAsLocales(List.of(locale))).body(account).retrieve()
                    .toBodilessEntity();
            flash.addFlashAttribute("welcome", messages.getMessage("sign-up.done", null, locale));
            return "redirect:/sign-up/done";
        } catch (RestClientException failure) {
            model.addAttribute("problem", identity.failed(failure, locale, response, refused -> said(refused, locale)));
        }
        model.addAttribute("displayName", displayName);
        model.addAttribute("email", email);
        model.addAttribute("homeCity", homeCity);
        return "sign-up";
    }

    @GetMapping("/sign-up/done")
    String done() {
        return "sign-up-done";
    }

    private static final Map<String, String> LABELS = Map.of("displayName", "sign-up.name", "email", "sign-up.email", "password", "sign-up.password",
            "homeCity", "sign-up.home-city");

    /** identity-service's refusal, each field's message after the field's label on this page ("Password: must have at least 12 characters"). */
    private String said(RestClientResponseException refused, Locale locale) {
        try {
            Map<?, ?> problem = refused.getResponseBodyAs(Map.class);
            if (problem != null && problem.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
                return errors.stream().filter(Map.class::isInstance).map(Map.class::cast).map(error -> {
                    String label = LABELS.get(String.valueOf(error.get("field")));
                    String message = String.valueOf(error.get("message"));
                    return label == null ? message : messages.getMessage(label, null, locale) + ": " + message;
                }).reduce((a, b) -> a + "; " + b).orElse("");
            }
        } catch (RuntimeException notJson) {
            // what Upstream makes of it
        }
        return Upstream.said(refused, messages.getMessage("sign-up.unavailable", null, locale));
    }
}
