package org.citycoop.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Access rules declared as a bean, for what is no annotated handler method: the web front's pages and forms, static files,
 * a sign-in form. A controller endpoint states its rule on its handler method instead ({@link Roles}, {@link Anyone},
 * {@link SignedIn}). Everything not covered by a rule is denied, and a controller endpoint that no rule covers stops the
 * service at start ({@link EndpointRuleCoverage}).
 *
 * <pre>
 * &#64;Bean
 * EndpointRules signInRules() {
 *     return EndpointRules.builder().permitAll(GET, "/login").build();
 * }
 * </pre>
 */
public record EndpointRules(List<EndpointRule> rules) {

    public EndpointRules {
        rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects rules in the order they are checked. */
    public static final class Builder {

        private final List<EndpointRule> rules = new ArrayList<>();

        /** Anyone may call, without a token. */
        public Builder permitAll(HttpMethod method, String... patterns) {
            return add(method, patterns, new EndpointRule.Public());
        }

        /** Anyone signed in may call; the service checks scope (own wallet, own merchant) itself. */
        public Builder authenticated(HttpMethod method, String... patterns) {
            return add(method, patterns, new EndpointRule.Authenticated());
        }

        /** A page of the web front for a signed-in browser session; its own security chain guards it. */
        public Builder browserSession(HttpMethod method, String... patterns) {
            return add(method, patterns, new EndpointRule.BrowserSession());
        }

        /** A form of the web front anyone may send from its pages (with the session's CSRF token), signed in or not. */
        public Builder publicForm(HttpMethod method, String... patterns) {
            return add(method, patterns, new EndpointRule.PublicForm());
        }

        /** Holders of one of {@code roles} may call. */
        public Builder roles(HttpMethod method, String pattern, Role... roles) {
            if (roles.length == 0) {
                throw new IllegalArgumentException("name at least one role for " + method + " " + pattern);
            }
            return add(method, new String[] {pattern}, new EndpointRule.AnyRole(EnumSet.copyOf(Arrays.asList(roles))));
        }

        private Builder add(HttpMethod method, String[] patterns, EndpointRule.Access access) {
            for (String pattern : patterns) {
                rules.add(new EndpointRule(method, pattern, access));
            }
            return this;
        }

        public EndpointRules build() {
            return new EndpointRules(rules);
        }
    }
}
