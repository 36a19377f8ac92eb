package org.citycoop.identity.terminals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored terminals. */
@Repository
public class Terminals {

    private final JdbcClient jdbc;

    Terminals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terminal of an OAuth2 client id, unless it was revoked. */
    public Optional<Terminal> active(String clientId) {
        return jdbc.sql("SELECT client_id, merchant_id, label, issued_by, issued_at, revoked_at FROM terminal WHERE client_id = :id AND revoked_at IS NULL")
                .param("id", clientId).query(Terminal.class).optional();
    }

    public Optional<Terminal> byClientId(String clientId) {
        return jdbc.sql("SELECT client_id, merchant_id, label, issued_by, issued_at, revoked_at FROM terminal WHERE client_id = :id")
                .param("id", clientId).query(Terminal.class).optional();
    }

    public List<Terminal> ofMerchant(UUID merchantId) {
        return jdbc.sql("SELECT client_id, merchant_id, label, issued_by, issued_at, revoked_at FROM terminal WHERE merchant_id = :m ORDER BY issued_at")
                .param("m", merchantId).query(Terminal.class).list();
    }

    void add(String clientId, UUID merchantId, String label, String issuedBy) {
        jdbc.sql("INSERT INTO terminal (client_id, merchant_id, label, issued_by) VALUES (:id, :m, :label, :by)")
                .param("id", clientId).param("m", merchantId).param("label", label).param("by", issuedBy).update();
    }

    void revoke(String clientId) {
        jdbc.sql("UPDATE terminal SET revoked_at = now() WHERE client_id = :id AND revoked_at IS NULL").param("id", clientId).update();
    }
}
