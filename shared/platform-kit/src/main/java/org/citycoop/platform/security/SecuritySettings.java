package org.citycoop.platform.security;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code citycoop.security.*}: whose tokens a service accepts. The defaults stay in {@code citycoop-platform.properties}
 * (issuer {@code ${CITYCOOP_ISSUER:http://127.0.0.1:9000}}, keys {@code <issuer>/oauth2/jwks}, audience {@code citycoop}):
 * identity-service and web read the same properties for their own side.
 *
 * @param issuer identity-service's issuer URL: a token's {@code iss} must be exactly this
 * @param jwkSetUri where identity-service publishes its signing keys
 * @param audience a token's {@code aud} must contain this
 */
@ConfigurationProperties("citycoop.security")
@Validated
public record SecuritySettings(@NotNull URI issuer, @NotNull URI jwkSetUri, @NotBlank String audience) {

    /** A token's issuer is compared with the whole address, and the keys are fetched from one: neither can be relative. */
    @AssertTrue(message = "issuer and jwk-set-uri must be absolute http(s) addresses")
    boolean isAbsolute() {
        return isHttp(issuer) && isHttp(jwkSetUri);
    }

    private static boolean isHttp(@Nullable URI address) {
        return address == null || address.isAbsolute() && ("http".equals(address.getScheme()) || "https".equals(address.getScheme()));
    }
}
