package org.citycoop.points.membership;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.citycoop.platform.security.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The ES256 keys member tokens are signed with. The newest key signs; a new one is made when it is
 * older than {@code citycoop.points.member-key-rotation} (and at the first start). Keys stay published
 * for a day after the next one took over, far longer than a token lives (60 s), so a till never meets a
 * token it cannot check. The private halves are stored sealed (AES-256-GCM under
 * {@code citycoop.points.key-seal-key}, bound to the key id), so every instance signs with the same key
 * and a restart changes nothing.
 */
@Component
class MemberKeys {

    private static final Logger LOG = LoggerFactory.getLogger(MemberKeys.class);
    static final Duration PUBLISHED_AFTER_SUCCESSION = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final SecretKeySpec sealKey;
    private final Duration rotation;
    private final Clock clock = Clock.systemUTC();
    private volatile ECKey signing;

    MemberKeys(JdbcClient jdbc, MemberTokenSettings settings) {
        this.jdbc = jdbc;
        byte[] key = Base64.getDecoder().decode(settings.keySealKey());
        if (key.length != 32) {
            throw new IllegalStateException("citycoop.points.key-seal-key must be 32 bytes in base64, not " + key.length);
        }
        if (new String(key, StandardCharsets.ISO_8859_1).startsWith("local-development")) {
            LOG.warn("Member token keys are sealed with the local development key: set CITYCOOP_POINTS_KEY_SEAL_KEY (32 random bytes, base64).");
        }
        this.sealKey = new SecretKeySpec(key, "AES");
        this.rotation = settings.memberKeyRotation();
    }

    /** The key to sign with now: the newest stored one, or a new one when it is due. */
    @Transactional
    public ECKey signing() {
        ECKey current = signing;
        Instant now = clock.instant();
        if (current != null && current.getIssueTime() != null && current.getIssueTime().toInstant().plus(rotation).isAfter(now)) {
            return current;
        }
        // one maker at a time across instances; the others take what it made
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('points-service.member-key'))").query((rs, row) -> 1).single();
        record Stored(String kid, String publicJwk, byte[] privateSealed, Instant createdAt) {
        }
        Stored newest = jdbc.sql("SELECT kid, public_jwk, private_sealed, created_at FROM member_key ORDER BY created_at DESC LIMIT 1")
                .query(Stored.class).optional().filter(stored -> stored.createdAt().plus(rotation).isAfter(now)).orElse(null);
        if (newest == null) {
            ECKey made = make(now);
            jdbc.sql("INSERT INTO member_key (kid, public_jwk, private_sealed, created_at) VALUES (:kid, :public, :sealed, :at)")
                    .param("kid", made.getKeyID()).param("public", made.toPublicJWK().toJSONString())
                    .param("sealed", seal(made.toJSONString(), made.getKeyID())).param("at", Timestamp.from(made.getIssueTime().toInstant())).update();
            LOG.info("New member token key {}", made.getKeyID());
            signing = made;
            return made;
        }
        try {
            signing = ECKey.parse(unseal(newest.privateSealed(), newest.kid()));
        } catch (ParseException e) {
            throw new IllegalStateException("member key " + newest.kid() + " cannot be read", e);
        }
        return signing;
    }

    /** The public keys tills check member tokens with: the signing key and those it took over from within a day. */
    public JWKSet published() {
        Instant oldest = clock.instant().minus(rotation).minus(PUBLISHED_AFTER_SUCCESSION);
        List<String> keys = jdbc.sql("SELECT public_jwk FROM member_key WHERE created_at > :oldest ORDER BY created_at DESC")
                .param("oldest", Timestamp.from(oldest)).query(String.class).list();
        return new JWKSet(keys.stream().map(json -> {
            try {
                return (com.nimbusds.jose.jwk.JWK) ECKey.parse(json);
            } catch (ParseException e) {
                throw new IllegalStateException("stored public member key cannot be read", e);
            }
        }).toList());
    }

    private static ECKey make(Instant now) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID("member-" + now.truncatedTo(ChronoUnit.SECONDS) + "-" + UUID.randomUUID().toString().substring(0, 8))
                    .issueTime(java.util.Date.from(now.truncatedTo(ChronoUnit.MILLIS))).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a member key", e);
        }
    }

    private byte[] seal(String privateJwk, String kid) {
        try {
            return Sealing.seal(sealKey, privateJwk.getBytes(StandardCharsets.UTF_8), kid.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a member key", e);
        }
    }

    private String unseal(byte[] stored, String kid) {
        try {
            return new String(Sealing.open(sealKey, stored, kid.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("member key " + kid + " cannot be unsealed: is citycoop.points.key-seal-key the one it was sealed with?", e);
        }
    }
}
