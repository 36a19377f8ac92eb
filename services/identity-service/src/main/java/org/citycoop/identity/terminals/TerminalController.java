package org.citycoop.identity.terminals;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.context.annotation.Bean;
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
    @GetMapping("/api/merchants/{merchantId}/terminals")
    List<RegisteredTerminal> list(@PathVariable UUID merchantId) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.administers(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return terminals.ofMerchant(merchantId);
    }

    /** Issues the terminal's credentials, or renews its secret; the secret is in this answer only. */
    @PostMapping("/api/terminals/{terminalId}/credentials")
    ResponseEntity<TerminalCredentials.Issued> issue(@PathVariable UUID terminalId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(credentials.issue(terminalId, Caller.current().orElseThrow()));
    }

    @DeleteMapping("/api/terminals/{terminalId}/credentials")
    ResponseEntity<Void> revoke(@PathVariable UUID terminalId) {
        credentials.revoke(terminalId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules terminalRules() {
            return EndpointRules.builder()
                    .roles(GET, "/api/merchants/{merchantId}/terminals", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(POST, "/api/terminals/{terminalId}/credentials", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(DELETE, "/api/terminals/{terminalId}/credentials", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .build();
        }
    }
}
