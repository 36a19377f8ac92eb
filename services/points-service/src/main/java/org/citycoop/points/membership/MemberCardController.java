package org.citycoop.points.membership;

import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Anyone;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code POST /api/member-tokens} (shoppers): a fresh member QR, good for 60 s and one purchase.
 * {@code GET /api/member-keys} (public): the JWK set redemption-service checks member tokens with.
 */
@RestController
@RequiredArgsConstructor
class MemberCardController {

    private final MemberCards cards;
    private final MemberKeys keys;

    @Roles(Role.SHOPPER)
    @PostMapping("/api/member-tokens")
    ResponseEntity<MemberCards.Card> issue() {
        Caller caller = Caller.current().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(cards.issue(UUID.fromString(caller.subject())));
    }

    @Anyone
    @GetMapping(path = "/api/member-keys", produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> published() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5))).body(keys.published().toJSONObject(true));
    }
}
