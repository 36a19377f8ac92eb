package org.citycoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class VerifiedTokensTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final AtomicInteger verifications = new AtomicInteger();
    final RSAKey key;
    final VerifiedTokens tokens;

    VerifiedTokensTest() throws Exception {
        key = new RSAKeyGenerator(2048).generate();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        nimbus.setJwtValidator(expiry);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        tokens = new VerifiedTokens(counting, expiry);
    }

    @Test
    void aTokenIsVerifiedOnceAndRefusedOnceItExpires() throws Exception {
        String token = sign(key, clock.now.plus(Duration.ofMinutes(5)));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("terminal-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("terminal-1");
        assertThat(verifications).as("the signature is checked once").hasValue(1);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode(token)).as("and stays refused").isInstanceOf(JwtException.class);
    }

    @Test
    void aForgedTokenIsNeverKept() throws Exception {
        String forged = sign(new RSAKeyGenerator(2048).generate(), clock.now.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(verifications).as("checked every time, never taken from the cache").hasValue(2);
    }

    private static String sign(RSAKey with, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject("terminal-1")
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(5)))).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }
}
