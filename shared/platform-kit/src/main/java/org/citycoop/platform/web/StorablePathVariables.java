package org.citycoop.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses path variables (once the handler is known, so they can be named) and multipart text
 * fields whose text cannot be stored ({@link StorableText}): a 400 {@code invalid-request} through
 * {@link ProblemDetailsAdvice}, before the controller runs.
 */
public class StorablePathVariables implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<RequestRejected.Violation> violations = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !StorableText.isStorable(text)) {
                    violations.add(new RequestRejected.Violation(String.valueOf(name), StorableText.CODE));
                }
            });
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            StorableParameters.unstorable(multipart.getParameterMap())
                    .forEach(field -> violations.add(new RequestRejected.Violation(field, StorableText.CODE)));
        }
        if (!violations.isEmpty()) {
            throw RequestRejected.invalid(violations);
        }
        return true;
    }
}
