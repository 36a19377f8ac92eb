package org.citycoop.web.session;

import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * identity-service as the web front sees it ({@code citycoop.security.issuer}, set for every service by the platform kit).
 *
 * @param issuer The address of identity-service: the OpenID provider people sign in at, and the API behind sign-up and the audit log.
 */
@ConfigurationProperties("citycoop.security")
@Validated
public record IssuerSettings(@NotBlank @URL String issuer) {
}
