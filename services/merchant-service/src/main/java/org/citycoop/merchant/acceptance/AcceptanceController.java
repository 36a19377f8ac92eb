package org.citycoop.merchant.acceptance;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.UUID;

import org.citycoop.merchant.onboarding.Merchants;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** The programs a merchant accepts: public to read; its owner (or an operator) opts in with PUT and out with DELETE. */
@RestController
@RequiredArgsConstructor
class AcceptanceController {

    private final Acceptances acceptances;
    private final Merchants merchants;

    @GetMapping("/api/merchants/{merchantId}/programs")
    List<Acceptances.Accepted> list(@PathVariable UUID merchantId) {
        if (merchants.byId(merchantId).isEmpty()) {
            throw new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
        }
        return acceptances.of(merchantId);
    }

    @PutMapping("/api/merchants/{merchantId}/programs/{programId}")
    Acceptances.Accepted accept(@PathVariable UUID merchantId, @PathVariable UUID programId) {
        return acceptances.accept(merchantId, programId, Caller.current().orElseThrow());
    }

    @DeleteMapping("/api/merchants/{merchantId}/programs/{programId}")
    ResponseEntity<Void> withdraw(@PathVariable UUID merchantId, @PathVariable UUID programId) {
        acceptances.withdraw(merchantId, programId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules acceptanceRules() {
            return EndpointRules.builder()
                    .permitAll(GET, "/api/merchants/{merchantId}/programs")
                    .roles(PUT, "/api/merchants/{merchantId}/programs/{programId}", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .roles(DELETE, "/api/merchants/{merchantId}/programs/{programId}", Role.MERCHANT_OWNER, Role.OPERATOR)
                    .build();
        }
    }
}
