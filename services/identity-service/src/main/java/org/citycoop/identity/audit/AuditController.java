package org.citycoop.identity.audit;

import static org.springframework.http.HttpMethod.GET;

import java.time.Instant;
import java.util.List;

import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** {@code GET /api/audit}: operators read the audit log, newest first, page by page. */
@RestController
@RequiredArgsConstructor
class AuditController {

    private final AuditLog log;

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

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules auditRules() {
            return EndpointRules.builder().roles(GET, "/api/audit", Role.OPERATOR).build();
        }
    }
}
