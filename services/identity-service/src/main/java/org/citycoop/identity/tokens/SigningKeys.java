package org.citycoop.identity.tokens;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The token signing keys, kept in the database: generated on first start, never in the repository.
 * The newest unretired key signs; {@link #rotate} makes a new one and retires the old, which stays in
 * the published key set for {@code citycoop.identity.keep-retired-keys} so tokens it signed stay valid until they expire.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SigningKeys {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private volatile State state;

    private record State(RSAKey active, JWKSet published) {
    }

    /** The key id that signs new tokens. */
    public String activeKeyId() {
        return state().active().getKeyID();
    }

    /** Every key a token may have been signed with: the active one and recently retired ones. */
    public JWKSource<SecurityContext> source() {
        return (selector, context) -> selector.select(state().published());
    }

    public List<String> publishedKeyIds() {
        return state().published().getKeys().stream().map(JWK::getKeyID).toList();
    }

    /** A new signing key; the previous one is retired (still published for a while). */
    @Transactional
    public String rotate(String actor) {
        String old = activeKeyId();
        jdbc.sql("UPDATE signing_key SET retired_at = now() WHERE retired_at IS NULL").update();
        RSAKey key = generate();
        store(key);
        audit.record(AuditAction.SIGNING_KEY_ROTATED, actor, key.getKeyID(), "previous key " + old + " retired", null);
        state = null;
        return key.getKeyID();
    }

    private State state() {
        State current = state;
        if (current == null) {
            synchronized (this) {
                if (state == null) {
                    state = load();
                }
                current = state;
            }
        }
        return current;
    }

    private State load() {
        List<Row> rows = rows();
        if (rows.stream().noneMatch(row -> row.retiredAt() == null)) {
            // first start: make the first key; ON CONFLICT keeps two instances starting together consistent
            store(generate());
            rows = rows();
        }
        Instant cutoff = Instant.now().minus(settings.keepRetiredKeys());
        RSAKey active = rows.stream().filter(row -> row.retiredAt() == null).findFirst().map(Row::key).orElseThrow();
        List<JWK> published = rows.stream().filter(row -> row.retiredAt() == null || row.retiredAt().isAfter(cutoff))
                .map(row -> (JWK) row.key()).toList();
        return new State(active, new JWKSet(published));
    }

    private record Row(RSAKey key, Instant retiredAt) {
    }

    private List<Row> rows() {
        return jdbc.sql("SELECT jwk, retired_at FROM signing_key ORDER BY created_at DESC").query((rs, n) -> {
            try {
                var retired = rs.getTimestamp("retired_at");
                return new Row(RSAKey.parse(rs.getString("jwk")), retired == null ? null : retired.toInstant());
            } catch (ParseException e) {
                throw new IllegalStateException("unreadable signing key in the database", e);
            }
        }).list();
    }

    private void store(RSAKey key) {
        jdbc.sql("INSERT INTO signing_key (kid, jwk) VALUES (:kid, :jwk) ON CONFLICT DO NOTHING")
                .param("kid", key.getKeyID()).param("jwk", key.toJSONString()).update();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
