package org.citycoop.identity.audit;

import java.time.Instant;
import java.util.List;

import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** {@code GET /api/audit}: operators read the audit log, newest first, page by page. */
@RestController
@RequiredArgsConstructor
class AuditController {

    private final AuditLog log;

    @Roles(Role.OPERATOR)
    @GetMapping("/api/audit")
    List<AuditEntry> read(@RequestParam(required = false) Instant before, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) AuditAction action) {
        if (size < 1) {
            throw RequestRejected.invalid(List.of(new RequestRejected.Violation("size", "Min", "size", 1)));
        }
        if (size > 500) {
            throw RequestRejected.invalid(List.of(new RequestRejected.Violation("size", "Max", "size", 500)));
        }
        return log.page(before == null ? Instant.now().plusSeconds(1) : before, size, action == null ? null : action.name());
    }
}
