package org.citycoop.points.membership;

import java.time.Duration;

import org.citycoop.contracts.points.MemberToken;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Member tokens ({@link MemberCards}) and the keys that sign them ({@link MemberKeys}). None has a
 * default: points-service.yml sets them (the seal key for development only, ADR 23).
 *
 * @param keySealKey AES-256 key sealing the private halves of the member token keys (32 bytes, base64).
 * @param memberKeyRotation How long a member token key signs before the next one takes over (more than nothing).
 * @param memberTokenLifetime How long a member QR is good for: from 5 s to 60 s, the member token format's limit.
 */
@Validated
@ConfigurationProperties("citycoop.points")
record MemberTokenSettings(@NotBlank String keySealKey, @NotNull @DurationMin(inclusive = false) Duration memberKeyRotation,
        @NotNull Duration memberTokenLifetime) {

    static final Duration SHORTEST_LIFETIME = Duration.ofSeconds(5);

    MemberTokenSettings {
        if (memberTokenLifetime != null
                && (memberTokenLifetime.compareTo(SHORTEST_LIFETIME) < 0 || memberTokenLifetime.compareTo(MemberToken.MAX_LIFETIME) > 0)) {
            throw new IllegalArgumentException("citycoop.points.member-token-lifetime must be from 5 s to " + MemberToken.MAX_LIFETIME.toSeconds()
                    + " s (the member token format's limit), not " + memberTokenLifetime);
        }
    }
}
