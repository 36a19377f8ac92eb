package org.citycoop.identity.accounts;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Anyone;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

/** {@code POST /api/accounts/shoppers}: anyone may sign up as a shopper. */
@RestController
@RequiredArgsConstructor
class AccountController {

    private final ShopperRegistration registration;

    @Anyone
    @PostMapping("/api/accounts/shoppers")
    ResponseEntity<Map<String, UUID>> register(@Validated @RequestBody RegisterShopper command, HttpServletRequest request) {
        UUID id = registration.register(command, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/accounts/" + id)).body(Map.of("id", id));
    }
}
