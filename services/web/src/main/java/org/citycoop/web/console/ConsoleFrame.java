package org.citycoop.web.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.shell.Audience;
import org.citycoop.web.shell.Upstream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * What every section of the operators' console shares: the list of sections (the console's own
 * navigation, {@link #SECTIONS}, in every section's model as {@code sections}), the page they are drawn
 * in (the template {@code console}, which draws the section's fragment {@code templates/console/<section>.html}),
 * who may see it ({@link Audience#OPERATORS}), and how the services are called and their answers shown:
 * as the operator, in the operator's language, a refusal in the service's own words, a silent service
 * as the console's "unavailable" sentence. Also how the console writes what all sections write alike:
 * a typed number, an issuer, a moment in the network's time zone.
 */
@ControllerAdvice(basePackageClasses = ConsoleFrame.class)
@RequiredArgsConstructor
class ConsoleFrame {

    /** The console's sections in the order of its navigation; each is {@code /console/<section>}, named by the message key {@code console.<section>}. */
    static final List<String> SECTIONS = List.of("programs", "merchants", "sales", "bulk-orders", "settlements", "rates", "terminals", "audit");
    /** The view every section is drawn in. */
    static final String VIEW = "console";
    /** The network's time zone, in which the console shows days and times. */
    static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");
    private static final String UNAVAILABLE = "console.unavailable";

    private final MessageSource messages;

    @ModelAttribute("sections")
    List<String> sections() {
        return SECTIONS;
    }

    /** A service a section calls, waiting {@code readTimeout} for its answer; when it does not answer the operator is told {@code console.unavailable}. */
    Upstream upstream(String baseUrl, Duration readTimeout) {
        return new Upstream(baseUrl, readTimeout, messages, UNAVAILABLE);
    }

    /**
     * Whether {@code section}'s page is not for {@code user}: the model then holds the refusal and the
     * answer is 403. Either way the model names the section.
     */
    boolean refuses(String section, @Nullable OidcUser user, Model model, HttpServletResponse response) {
        model.addAttribute("section", section);
        return Audience.OPERATORS.refuses(user, model, response);
    }

    /** The section's page for operators, {@code fill} filling its model; a 403 page for everyone else; a 503 page when a service does not answer. */
    String page(String section, @Nullable OidcUser user, Model model, HttpServletResponse response, Runnable fill) {
        if (refuses(section, user, model, response)) {
            return VIEW;
        }
        try {
            fill.run();
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", UNAVAILABLE);
        }
        return VIEW;
    }

    /** Does what the operator asked, and says on the next page ({@code back}) that it is done ({@code done}, a message key), or what the service refused. */
    String act(RedirectAttributes flash, Locale locale, String done, String back, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", messages.getMessage(done, null, locale));
        } catch (RestClientResponseException refused) {
            flash.addFlashAttribute("problem", said(locale).apply(refused));
        } catch (RestClientException e) {
            flash.addFlashAttribute("problem", unavailable(locale));
        }
        return "redirect:" + back;
    }

    /** What the page shows when {@code service} failed, with the page's status set as {@link Upstream#failed} sets it. */
    String failed(Upstream service, RestClientException failure, Locale locale, HttpServletResponse response) {
        return service.failed(failure, locale, response, said(locale));
    }

    /** A refusal in the service's own words, or the console's "unavailable" text when it said nothing readable. */
    Function<RestClientResponseException, String> said(Locale locale) {
        return refused -> Upstream.said(refused, unavailable(locale));
    }

    private String unavailable(Locale locale) {
        return messages.getMessage(UNAVAILABLE, null, locale);
    }

    /** Reads {@code uri} of {@code service} as the operator. */
    static <T> @Nullable T get(Upstream service, String uri, OAuth2AuthorizedClient client, Locale locale, Class<T> type) {
        return service.client().get().uri(uri).headers(as(client, locale)).retrieve().body(type);
    }

    /** The headers of a call made as the operator: their token, their language. */
    static Consumer<HttpHeaders> as(OAuth2AuthorizedClient client, Locale locale) {
        return headers -> {
            headers.setBearerAuth(client.getAccessToken().getTokenValue());
            headers.setAcceptLanguageAsLocales(List.of(locale));
        };
    }

    /** A number typed with a decimal comma or point ("395,5", "20", "1 000") as a number; anything else as typed, for the service to name. */
    static Object number(String typed) {
        String text = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    /** A city by its official name ("Feldbach"), or the cooperation's (its own programs), as the console names issuers and parties. */
    static String party(String code) {
        return PartnerCity.byCode(code).map(PartnerCity::officialName).orElse("City Cooperation");
    }

    /** A moment as the console's lists write it (short date, time with seconds), in the network's time zone. */
    static DateTimeFormatter moment(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale).withZone(NETWORK);
    }
}
