package org.citycoop.redemption.checkout;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the keys that check shoppers' member tokens come from ({@link MemberTokens}).
 *
 * @param memberKeysUri The JWK set points-service publishes the member token keys in (fetched once, then cached).
 */
@Validated
@ConfigurationProperties("citycoop.points")
record MemberKeysSettings(@DefaultValue("http://127.0.0.1:8084/api/member-keys") @NotNull URI memberKeysUri) {

    MemberKeysSettings {
        if (memberKeysUri != null && (!"http".equals(memberKeysUri.getScheme()) && !"https".equals(memberKeysUri.getScheme())
                || memberKeysUri.getHost() == null)) {
            throw new IllegalArgumentException("citycoop.points.member-keys-uri must be an http or https address with a host, not " + memberKeysUri);
        }
    }
}
