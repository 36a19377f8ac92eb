package org.citycoop.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.SecurityProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * Problem details written where Spring MVC's advice cannot answer: in servlet filters, Spring
 * Security's firewall, the servlet container's error handling. Same types, titles and details as
 * {@link ProblemDetailsAdvice}, in the caller's language from Accept-Language.
 */
@RequiredArgsConstructor
public final class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;

    /** The stable type for a status the container or a filter answers without a more specific reason. */
    public static String typeOf(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 413 -> "too-large";
            default -> status >= 500 ? "internal" : "refused";
        };
    }

    /** A problem for {@code status} by {@link #typeOf}; a 5xx carries a reference for the logs. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String type = typeOf(status);
        Object[] args = switch (type) {
            case "internal" -> new Object[] {UUID.randomUUID().toString()};
            case "refused" -> new Object[] {status};
            default -> new Object[0];
        };
        write(request, response, status, type, List.of(), args);
    }

    /** A 400 {@code invalid-request} naming each field whose text cannot be stored. */
    public void unstorable(HttpServletRequest request, HttpServletResponse response, List<String> fields) throws IOException {
        write(request, response, 400, "invalid-request", fields.stream().map(field -> new RequestRejected.Violation(field, StorableText.CODE)).toList());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String type, List<RequestRejected.Violation> violations,
            Object... args) throws IOException {
        Locale locale = SecurityProblems.languageOf(request);
        HttpStatus resolved = HttpStatus.resolve(status);
        String reason = resolved == null ? String.valueOf(status) : resolved.getReasonPhrase();
        // RFC 9457 members as a map: the extension members (errors, reference) at the top level whichever mapper writes it
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:citycoop:problem:" + type);
        problem.put("title", messages.getMessage("problem." + type + ".title", null, reason, locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage("problem." + type + ".detail", args, reason, locale));
        problem.put("instance", request.getRequestURI());
        if (!violations.isEmpty()) {
            problem.put("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "code", v.code(), "message", messages.getMessage(v.code(), v.args(), v.code(), locale)))
                    .toList());
        }
        if ("internal".equals(type) && args.length > 0) {
            problem.put("reference", args[0]);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.getLanguage());
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
