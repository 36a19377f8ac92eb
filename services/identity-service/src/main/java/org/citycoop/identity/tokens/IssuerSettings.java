package org.citycoop.identity.tokens;

import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the tokens identity-service issues say about where they come from and whom they are for
 * ({@code citycoop.security.*}, set for every service by the platform kit).
 *
 * @param issuer     The issuer the tokens name (iss), identity-service's own address.
 * @param jwkSetUri  Where the keys that sign tokens are published; when it is not below the issuer (tests), the
 *                   service also accepts tokens signed by the keys found there.
 * @param audience   The audience every access token carries and every service checks.
 */
@ConfigurationProperties("citycoop.security")
@Validated
public record IssuerSettings(@NotBlank @URL String issuer, @NotBlank @URL String jwkSetUri, @NotBlank String audience) {
}
