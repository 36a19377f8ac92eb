package org.citycoop.identity.tokens;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The authorization server's own settings ({@code citycoop.identity.*}; the lockout has
 * {@link org.citycoop.identity.signin.LockoutSettings}).
 *
 * @param keepRetiredKeys How long a retired signing key stays in the published key set, so tokens it signed stay
 *                        valid until they expire; not negative.
 * @param web             The web front, registered as an OAuth2 client.
 */
@ConfigurationProperties("citycoop.identity")
@Validated
public record IdentitySettings(@DefaultValue("1h") @DurationMin(seconds = 0) Duration keepRetiredKeys, @Valid @NotNull Web web) {

    /**
     * The web front as OAuth2 client ({@code citycoop.identity.web.*}).
     *
     * @param baseUrl      Where the web front runs; its redirect and post-logout URIs are registered from it.
     * @param clientSecret The web front's client secret (must equal the web front's citycoop.web.client-secret).
     */
    public record Web(@NotBlank @URL String baseUrl, @NotBlank String clientSecret) {
    }
}
