package org.citycoop.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import lombok.RequiredArgsConstructor;

/**
 * Refuses to start a service that has a controller endpoint no rule covers (none on its handler method, as {@link Roles},
 * {@link Anyone} or {@link SignedIn}, and none in an {@link EndpointRules} bean):
 * every endpoint is born protected, and forgetting a rule fails the build (every service's
 * {@code *BasicsIT} starts it).
 */
@RequiredArgsConstructor
public class EndpointRuleCoverage implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mappings;
    private final List<EndpointRule> rules;

    @Override
    public void afterSingletonsInstantiated() {
        List<String> uncovered = uncovered();
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("Endpoints without an access rule (annotate the handler method with @Roles, @Anyone or @SignedIn): " + uncovered);
        }
    }

    /** {@code METHOD /pattern (Controller#method)} of every endpoint without a rule. */
    public List<String> uncovered() {
        List<String> uncovered = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            String owner = handler.getBeanType().getName();
            if (owner.startsWith("org.springdoc.") || owner.startsWith("org.springframework.")) {
                continue; // framework endpoints are covered by the platform's own rules
            }
            if (org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(handler.getBeanType())) {
                continue; // /error is reached by the container's error dispatch, which the API chain permits
            }
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    uncovered.add("ANY " + pattern + " (" + handler.getShortLogMessage() + ": name its HTTP method)");
                }
                for (var method : methods) {
                    if (!covered(HttpMethod.valueOf(method.name()), pattern)) {
                        uncovered.add(method + " " + pattern + " (" + handler.getShortLogMessage() + ")");
                    }
                }
            }
        }
        return uncovered;
    }

    /** The rule that decides {@code method pattern}, the first that matches (as Spring Security checks them). */
    public java.util.Optional<EndpointRule> ruleFor(HttpMethod method, String pattern) {
        PathContainer path = PathContainer.parsePath(pattern);
        return rules.stream()
                .filter(rule -> rule.method().equals(method) && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(path))
                .findFirst();
    }

    private boolean covered(HttpMethod method, String pattern) {
        return ruleFor(method, pattern).isPresent();
    }
}
