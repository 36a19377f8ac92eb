package org.citycoop.analytics.readmodel;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/analytics/rebuild} (operators): rebuild the read model from the topics (202, the
 * dashboards fill again as the consumers catch up; a rebuild already running is not started twice);
 * {@code GET /api/analytics/rebuild}: its progress (records still to read, facts so far, when it
 * started and finished).
 */
@RestController
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/analytics/rebuild")
    ResponseEntity<ReadModelRebuild.Status> start() {
        return ResponseEntity.accepted().location(java.net.URI.create("/api/analytics/rebuild")).body(rebuild.start());
    }

    @GetMapping("/api/analytics/rebuild")
    ReadModelRebuild.Status status() {
        return rebuild.status();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules rebuildRules() {
            return EndpointRules.builder().roles(POST, "/api/analytics/rebuild", Role.OPERATOR).roles(GET, "/api/analytics/rebuild", Role.OPERATOR)
                    .build();
        }
    }
}
