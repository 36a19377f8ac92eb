package org.citycoop.identity.terminals;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * Credentials of a merchant's terminals. Terminals are registered at a store in merchant-service;
 * here their owner (or an operator) issues, renews and revokes the credentials they sign in with.
 */
@RestController
@RequiredArgsConstructor
class TerminalController {

    private final TerminalCredentials credentials;
    private final Terminals terminals;

    /** The merchant's registered terminals and the state of their credentials. */
    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping("/api/merchants/{merchantId}/terminals")
    List<RegisteredTerminal> list(@PathVariable UUID merchantId) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.administers(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return terminals.ofMerchant(merchantId);
    }

    /** Issues the terminal's credentials, or renews its secret; the secret is in this answer only. */
    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @PostMapping("/api/terminals/{terminalId}/credentials")
    ResponseEntity<TerminalCredentials.Issued> issue(@PathVariable UUID terminalId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(credentials.issue(terminalId, Caller.current().orElseThrow()));
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @DeleteMapping("/api/terminals/{terminalId}/credentials")
    ResponseEntity<Void> revoke(@PathVariable UUID terminalId) {
        credentials.revoke(terminalId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }
}
