package org.citycoop.redemption.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.points.MemberToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;

/**
 * Checks shoppers' member tokens ({@link MemberToken}) locally with points-service's published keys
 * ({@code citycoop.points.member-keys-uri}, fetched once and cached): ES256, the member token type,
 * issuer, audience, not expired (5 s of clock skew), at most 60 s of lifetime.
 */
@Component
class MemberTokens {

    /** A checked token: the shopper and the token's id, or why it was not accepted. */
    record Checked(Result result, UUID shopperId, String jti, Instant expiresAt) {
    }

    /** What became of a shown member token; stable codes the till shows (texts {@code member.<CODE>}). */
    enum Result {
        NONE, ACCEPTED, EXPIRED, ALREADY_USED, INVALID, UNAVAILABLE
    }

    private final NimbusJwtDecoder decoder;

    MemberTokens(MemberKeysSettings settings) {
        this.decoder = NimbusJwtDecoder.withJwkSetUri(settings.memberKeysUri().toString()).jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                        new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(MemberToken.TYPE))))
                .build();
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ofSeconds(5)),
                new JwtIssuerValidator(MemberToken.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(MemberToken.AUDIENCE)),
                jwt -> jwt.getIssuedAt() != null && jwt.getExpiresAt() != null && jwt.getId() != null && jwt.getSubject() != null
                        && Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()).compareTo(MemberToken.MAX_LIFETIME) <= 0
                                ? OAuth2TokenValidatorResult.success()
                                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "lifetime over 60 s or claims missing", null))));
    }

    /** The shopper of a valid token, else why not (use is checked by the caller, in its transaction). */
    Checked check(String scanned) {
        try {
            Jwt jwt = decoder.decode(MemberToken.fromScan(scanned));
            return new Checked(Result.ACCEPTED, UUID.fromString(jwt.getSubject()), jwt.getId(), jwt.getExpiresAt());
        } catch (BadJwtException e) {
            boolean expired = e.getMessage() != null && e.getMessage().contains("expired");
            return new Checked(expired ? Result.EXPIRED : Result.INVALID, null, null, null);
        } catch (JwtException e) {
            return new Checked(Result.UNAVAILABLE, null, null, null);
        } catch (IllegalArgumentException e) {
            return new Checked(Result.INVALID, null, null, null);
        }
    }
}
