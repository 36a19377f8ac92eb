package org.citycoop.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access rules stated on handler methods ({@link Roles}, {@link Anyone}, {@link SignedIn}), as {@link EndpointRule}s: one
 * for each path and HTTP method of the method's mapping. A handler method without one of them gets no rule here (an
 * {@link EndpointRules} bean may cover it, else {@link EndpointRuleCoverage} stops the service); one with two, or two handlers
 * of the same endpoint with different rules, stop it too. The rules are ordered most specific path first, so that the rule
 * Spring Security finds first for a request is the rule of the handler Spring MVC would choose for it.
 */
final class HandlerRules {

    private static final Comparator<EndpointRule> MOST_SPECIFIC_FIRST = Comparator
            .comparing((EndpointRule rule) -> PathPatternParser.defaultInstance.parse(rule.pattern()), PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(EndpointRule::pattern).thenComparing(rule -> rule.method().name());

    private HandlerRules() {
    }

    /** The rules stated on {@code mappings}' handler methods. */
    static EndpointRules of(RequestMappingHandlerMapping mappings) {
        Map<String, EndpointRule> byEndpoint = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Optional<EndpointRule.Access> access = accessOf(handler);
            if (access.isEmpty()) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    EndpointRule rule = new EndpointRule(HttpMethod.valueOf(method.name()), pattern, access.get());
                    EndpointRule before = byEndpoint.putIfAbsent(method + " " + pattern, rule);
                    if (before != null && !before.access().equals(rule.access())) {
                        throw new IllegalStateException("Two access rules for " + method + " " + pattern + ": " + before.access() + " and "
                                + rule.access() + " (" + handler.getShortLogMessage() + ")");
                    }
                }
            }
        }
        List<EndpointRule> rules = new ArrayList<>(byEndpoint.values());
        rules.sort(MOST_SPECIFIC_FIRST);
        return new EndpointRules(rules);
    }

    /** Who may call {@code handler}, as its annotation says; empty if it names none. */
    static Optional<EndpointRule.Access> accessOf(HandlerMethod handler) {
        Roles roles = handler.getMethodAnnotation(Roles.class);
        boolean anyone = handler.hasMethodAnnotation(Anyone.class);
        boolean signedIn = handler.hasMethodAnnotation(SignedIn.class);
        if (Stream.of(roles != null, anyone, signedIn).filter(Boolean::booleanValue).count() > 1) {
            throw new IllegalStateException("More than one access rule (@Roles, @Anyone, @SignedIn) on " + handler.getShortLogMessage());
        }
        if (roles != null) {
            if (roles.value().length == 0) {
                throw new IllegalStateException("@Roles names no role on " + handler.getShortLogMessage());
            }
            return Optional.of(new EndpointRule.AnyRole(EnumSet.copyOf(Arrays.asList(roles.value()))));
        }
        if (anyone) {
            return Optional.of(new EndpointRule.Public());
        }
        return signedIn ? Optional.of(new EndpointRule.Authenticated()) : Optional.empty();
    }
}
