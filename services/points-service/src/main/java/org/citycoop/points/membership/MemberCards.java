package org.citycoop.points.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.points.MemberToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: a shopper shows the member QR. Each request opens the shopper's loyalty account if needed
 * and signs a fresh member token ({@link MemberToken}: ES256, 60 s, a new {@code jti}, good for one
 * purchase); the wallet asks again before it runs out.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberCards {

    /** What the wallet shows: the token, the text of its QR code, and until when it is good. */
    public record Card(String token, String qr, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final MemberKeys keys;
    private final MemberTokenSettings settings;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Card issue(UUID shopper) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("INSERT INTO loyalty_account (shopper_id, opened_at) VALUES (:s, :at) ON CONFLICT DO NOTHING")
                .param("s", shopper).param("at", Timestamp.from(now)).update();
        ECKey key = keys.signing();
        Instant expires = now.plus(settings.memberTokenLifetime());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(MemberToken.TYPE)).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(MemberToken.ISSUER).audience(List.of(MemberToken.AUDIENCE)).subject(shopper.toString())
                        .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).expirationTime(Date.from(expires)).build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a member token", e);
        }
        String token = jwt.serialize();
        return new Card(token, MemberToken.URI_PREFIX + token, expires);
    }
}
