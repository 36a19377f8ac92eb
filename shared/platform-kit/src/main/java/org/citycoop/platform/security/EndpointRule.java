package org.citycoop.platform.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint (or a family of endpoints, by path pattern).
 *
 * @param method  the HTTP method
 * @param pattern a Spring path pattern, e.g. {@code /api/cities/{code}} or {@code /api/merchants/**}
 * @param access  who may call it
 */
public record EndpointRule(HttpMethod method, String pattern, Access access) {

    public EndpointRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(access, "access");
    }

    /** Who may call an endpoint: anyone, anyone signed in, a web front session or form, or holders of some roles. */
    public sealed interface Access permits Public, Authenticated, BrowserSession, PublicForm, AnyRole {

        /**
         * Whether a caller with {@code roles} (empty for an anonymous one) may call, on the services' API chain. A web front
         * session or form opens no API endpoint: the web front's own chain lets it through.
         */
        default boolean allows(boolean authenticated, Set<Role> roles) {
            return switch (this) {
                case Public p -> true;
                case Authenticated a -> authenticated;
                case BrowserSession s -> false;
                case PublicForm f -> false;
                case AnyRole anyOf -> authenticated && roles.stream().anyMatch(anyOf.roles()::contains);
            };
        }
    }

    /** Anyone, without a token. */
    public record Public() implements Access {
    }

    /** Anyone with a valid token. */
    public record Authenticated() implements Access {
    }

    /**
     * A signed-in browser session of the web front (OIDC sign-in, cookie, CSRF): bearer tokens do
     * not open it, and a caller without a session is sent to sign in (302).
     */
    public record BrowserSession() implements Access {
    }

    /**
     * A form of the web front anyone may send from its pages, signed in or not (signing up): the web
     * front's chain lets it through with the browser session's CSRF token; bearer tokens do not open it.
     */
    public record PublicForm() implements Access {
    }

    /** Holders of at least one of these roles. */
    public record AnyRole(Set<Role> roles) implements Access {
        public AnyRole {
            roles = Set.copyOf(EnumSet.copyOf(roles));
        }
    }
}
