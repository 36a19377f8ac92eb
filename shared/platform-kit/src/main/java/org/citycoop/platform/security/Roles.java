package org.citycoop.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holders of one of these roles may call this handler method (every path and HTTP method its mapping names); anyone else is
 * refused (401 without a token, 403 with one). The platform kit derives the endpoint's {@link EndpointRule} from it at start
 * ({@link HandlerRules}). Scope (own merchant, own wallet, own cities) is still the use case's to check, with {@link Caller}.
 *
 * <pre>
 * &#64;Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
 * &#64;GetMapping("/api/merchants/{merchantId}/terminals")
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Roles {

    /** At least one role. */
    Role[] value();
}
