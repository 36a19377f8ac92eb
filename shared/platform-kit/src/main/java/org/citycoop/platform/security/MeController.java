package org.citycoop.platform.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the token says the caller is, in every service (front ends and tests use it). */
@RestController
class MeController {

    @GetMapping("/api/me")
    Caller me() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("/api/me is only reachable with a valid token"));
    }
}
