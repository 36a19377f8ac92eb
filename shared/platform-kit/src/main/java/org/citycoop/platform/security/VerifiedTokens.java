package org.citycoop.platform.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import lombok.RequiredArgsConstructor;

/**
 * Bearer tokens whose signature was verified once, kept (Caffeine, bounded) for as long as a token can
 * live, so a till that sends the same token a thousand times is verified once, not a thousand times.
 * Every use still runs the validators (expiry, issuer, audience): a kept token is refused the moment it
 * expires. A token that fails verification is never kept. Revocation is what it is for any JWT: a token
 * stays good until it expires (5 minutes for identity-service's tokens).
 */
@RequiredArgsConstructor
final class VerifiedTokens implements JwtDecoder {

    /** No identity-service token lives longer than this (people and tills: 5 minutes). */
    static final Duration LONGEST_LIFETIME = Duration.ofMinutes(10);

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(LONGEST_LIFETIME).build();

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifying.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("the token is no longer valid", result.getErrors());
        }
        return known;
    }
}
