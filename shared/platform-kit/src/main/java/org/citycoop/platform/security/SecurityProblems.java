package org.citycoop.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * 401 and 403 as RFC 9457 problem details in the caller's language (de, sl, hu, en by
 * Accept-Language), with the standard {@code WWW-Authenticate: Bearer} challenge. Never a reason a
 * forger could learn from beyond "invalid token".
 */
@RequiredArgsConstructor
public class SecurityProblems {

    /** The languages every user-facing message exists in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("sl"),
            Locale.forLanguageTag("hu"));

    private final MessageSource messages;
    private final JsonMapper json;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            challenge.commence(request, response, exception); // sets WWW-Authenticate and 401
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
        };
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            write(request, response, HttpStatus.FORBIDDEN, "forbidden");
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key) throws IOException {
        Locale locale = languageOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem." + key + ".detail", null, locale));
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        problem.setType(URI.create("urn:citycoop:problem:" + key));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.getLanguage());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The best of our four languages for this request; English when none fits. */
    public static Locale languageOf(HttpServletRequest request) {
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            String language = requested.nextElement().getLanguage();
            for (Locale supported : LANGUAGES) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
