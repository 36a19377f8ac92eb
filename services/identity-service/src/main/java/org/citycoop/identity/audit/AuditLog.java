package org.citycoop.identity.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Appends to and reads the audit log. Entries are never changed or deleted here. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditLog {

    private final JdbcClient jdbc;

    /** Every text is kept {@link AuditText#bounded bounded}: at most 254 characters, no control characters. */
    public void record(AuditAction action, String actor, String subject, String detail, String remote) {
        jdbc.sql("INSERT INTO audit_event (action, actor, subject, detail, remote) VALUES (:action, :actor, :subject, :detail, :remote)")
                .param("action", action.name()).param("actor", AuditText.bounded(actor)).param("subject", AuditText.bounded(subject))
                .param("detail", AuditText.bounded(detail)).param("remote", AuditText.bounded(remote)).update();
    }

    /** Newest first, {@code size} entries before {@code before} (exclusive), optionally of one action. */
    public List<AuditEntry> page(Instant before, int size, String action) {
        return jdbc.sql("""
                SELECT id, at, action, actor, subject, detail, remote FROM audit_event
                WHERE at < :before AND (CAST(:action AS TEXT) IS NULL OR action = :action)
                ORDER BY at DESC, id DESC LIMIT :size""")
                .param("before", Timestamp.from(before)).param("action", action).param("size", size)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("subject"), rs.getString("detail"), rs.getString("remote")))
                .list();
    }
}
