package org.citycoop.identity.terminals;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A merchant's terminals: list, issue credentials, revoke. Owners of that merchant and operators only. */
@RestController
class TerminalController {

    private final TerminalCredentials credentials;
    private final Terminals terminals;

    TerminalController(TerminalCredentials credentials, Terminals terminals) {
        this.credentials = credentials;
        this.terminals = terminals;
    }

    record NewTerminal(@NotBlank @Size(max = 80) String label) {
    }

    @GetMapping("/api/merchants/{merchantId}/terminals")
    List<Terminal> list(@PathVariable UUID merchantId) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.mayViewMerchant(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return terminals.ofMerchant(merchantId);
    }

    @PostMapping("/api/merchants/{merchantId}/terminals")
    ResponseEntity<TerminalCredentials.Issued> issue(@PathVariable UUID merchantId, @Validated @RequestBody NewTerminal request) {
        var issued = credentials.issue(merchantId, request.label(), Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/merchants/" + merchantId + "/terminals/" + issued.clientId())).body(issued);
    }

    @DeleteMapping("/api/merchants/{merchantId}/terminals/{clientId}")
    ResponseEntity<Void> revoke(@PathVariable UUID merchantId, @PathVariable String clientId) {
        credentials.revoke(merchantId, clientId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules terminalRules() {
            return EndpointRules.builder()
                    .roles(GET, "/api/merchants/{merchantId}/terminals", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(POST, "/api/merchants/{merchantId}/terminals", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(DELETE, "/api/merchants/{merchantId}/terminals/{clientId}", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .build();
        }
    }
}
