package org.citycoop.identity.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String action, String actor, String subject, String detail, String remote) {
}
