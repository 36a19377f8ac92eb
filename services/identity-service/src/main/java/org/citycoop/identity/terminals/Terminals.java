package org.citycoop.identity.terminals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.contracts.merchant.TerminalRetired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored terminals: the replica of merchant-service's registrations and the credentials issued here. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Terminals {

    private static final String CREDENTIALS = "SELECT client_id, merchant_id, label, issued_by, issued_at, revoked_at, terminal_id, store_id FROM terminal";
    private static final String REGISTERED = """
            SELECT r.terminal_id, r.merchant_id, r.store_id, r.label, r.kind, r.registered_at, r.retired_at,
                   t.client_id, t.issued_at AS credentials_issued_at, t.revoked_at AS credentials_revoked_at
            FROM registered_terminal r LEFT JOIN terminal t ON t.terminal_id = r.terminal_id""";

    private final JdbcClient jdbc;

    /** The credentials of an OAuth2 client id, unless they were revoked. */
    public Optional<Terminal> active(String clientId) {
        return jdbc.sql(CREDENTIALS + " WHERE client_id = :id AND revoked_at IS NULL").param("id", clientId).query(Terminal.class).optional();
    }

    public Optional<Terminal> byClientId(String clientId) {
        return jdbc.sql(CREDENTIALS + " WHERE client_id = :id").param("id", clientId).query(Terminal.class).optional();
    }

    public Optional<RegisteredTerminal> registered(UUID terminalId) {
        return jdbc.sql(REGISTERED + " WHERE r.terminal_id = :id").param("id", terminalId).query(RegisteredTerminal.class).optional();
    }

    public List<RegisteredTerminal> ofMerchant(UUID merchantId) {
        return jdbc.sql(REGISTERED + " WHERE r.merchant_id = :m ORDER BY r.registered_at").param("m", merchantId)
                .query(RegisteredTerminal.class).list();
    }

    /** Applies a registration; a repeated one changes nothing. */
    public void apply(TerminalRegistered event) {
        jdbc.sql("""
                INSERT INTO registered_terminal (terminal_id, merchant_id, store_id, label, kind, registered_at)
                VALUES (:id, :m, :s, :label, :kind, :at) ON CONFLICT (terminal_id) DO NOTHING""")
                .param("id", event.terminalId()).param("m", event.merchantId()).param("s", event.storeId()).param("label", event.label())
                .param("kind", event.kind()).param("at", Timestamp.from(event.registeredAt())).update();
    }

    /** Marks a terminal retired; true the first time. */
    boolean retire(TerminalRetired event) {
        return jdbc.sql("UPDATE registered_terminal SET retired_at = :at WHERE terminal_id = :id AND retired_at IS NULL")
                .param("at", Timestamp.from(event.retiredAt())).param("id", event.terminalId()).update() > 0;
    }

    /** Records new credentials for a terminal, replacing revoked or older ones of the same client. */
    void saveCredentials(String clientId, UUID merchantId, String label, String issuedBy, UUID terminalId, UUID storeId) {
        jdbc.sql("""
                INSERT INTO terminal (client_id, merchant_id, label, issued_by, terminal_id, store_id) VALUES (:id, :m, :label, :by, :t, :s)
                ON CONFLICT (client_id) DO UPDATE SET label = EXCLUDED.label, issued_by = EXCLUDED.issued_by, issued_at = now(), revoked_at = NULL""")
                .param("id", clientId).param("m", merchantId).param("label", label).param("by", issuedBy).param("t", terminalId)
                .param("s", storeId).update();
    }

    void revoke(String clientId) {
        jdbc.sql("UPDATE terminal SET revoked_at = now() WHERE client_id = :id AND revoked_at IS NULL").param("id", clientId).update();
    }
}
