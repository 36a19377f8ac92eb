package org.citycoop.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * Refuses query parameters and form fields whose text cannot be stored ({@link StorableText}) with
 * a 400 naming each, before Spring Security or a controller reads them (a sign-in form's user name
 * included). A query string the container cannot decode is a 400 too. Multipart fields are checked
 * after the upload is parsed, by {@link StorablePathVariables}.
 */
@RequiredArgsConstructor
public class StorableParameters extends OncePerRequestFilter {

    private final ProblemResponses problems;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            problems.write(request, response, 400);
            return;
        }
        List<String> unstorable = unstorable(parameters);
        if (!unstorable.isEmpty()) {
            problems.unstorable(request, response, unstorable);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The names of the parameters with a name or a value that cannot be stored. */
    static List<String> unstorable(Map<String, String[]> parameters) {
        List<String> fields = new ArrayList<>();
        parameters.forEach((name, values) -> {
            boolean bad = !StorableText.isStorable(name);
            for (String value : values) {
                bad |= value != null && !StorableText.isStorable(value);
            }
            if (bad) {
                fields.add(StorableText.shown(name));
            }
        });
        return fields;
    }
}
