package org.citycoop.web.session;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The web front as OpenID Connect client of identity-service ({@code citycoop.web.client-secret}).
 *
 * @param clientSecret The client secret of citycoop-web; must equal identity-service's
 *                     citycoop.identity.web.client-secret.
 */
@ConfigurationProperties("citycoop.web")
@Validated
public record OidcClientSettings(@NotBlank String clientSecret) {
}
