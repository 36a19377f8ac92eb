package org.citycoop.identity.tokens;

import java.util.List;
import java.util.Map;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Operators rotate the token signing key; tokens signed with the old key stay valid until they expire. */
@RestController
@RequiredArgsConstructor
class SigningKeyController {

    private final SigningKeys keys;

    @Roles(Role.OPERATOR)
    @GetMapping("/api/signing-keys")
    Map<String, Object> keys() {
        return Map.of("active", keys.activeKeyId(), "published", keys.publishedKeyIds());
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/signing-keys/rotation")
    Map<String, Object> rotate() {
        String active = keys.rotate(Caller.current().orElseThrow().subject());
        return Map.of("active", active, "published", List.copyOf(keys.publishedKeyIds()));
    }
}
