package org.citycoop.identity.tokens;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Operators rotate the token signing key; tokens signed with the old key stay valid until they expire. */
@RestController
@RequiredArgsConstructor
class SigningKeyController {

    private final SigningKeys keys;

    @GetMapping("/api/signing-keys")
    Map<String, Object> keys() {
        return Map.of("active", keys.activeKeyId(), "published", keys.publishedKeyIds());
    }

    @PostMapping("/api/signing-keys/rotation")
    Map<String, Object> rotate() {
        String active = keys.rotate(Caller.current().orElseThrow().subject());
        return Map.of("active", active, "published", List.copyOf(keys.publishedKeyIds()));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules signingKeyRules() {
            return EndpointRules.builder()
                    .roles(GET, "/api/signing-keys", Role.OPERATOR)
                    .roles(POST, "/api/signing-keys/rotation", Role.OPERATOR)
                    .build();
        }
    }
}
