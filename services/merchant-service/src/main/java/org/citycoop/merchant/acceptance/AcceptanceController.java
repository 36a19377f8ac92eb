package org.citycoop.merchant.acceptance;

import java.util.List;
import java.util.UUID;

import org.citycoop.merchant.onboarding.Merchants;
import org.citycoop.platform.security.Anyone;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
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

    @Anyone
    @GetMapping("/api/merchants/{merchantId}/programs")
    List<Acceptances.Accepted> list(@PathVariable UUID merchantId) {
        if (merchants.byId(merchantId).isEmpty()) {
            throw new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
        }
        return acceptances.of(merchantId);
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @PutMapping("/api/merchants/{merchantId}/programs/{programId}")
    Acceptances.Accepted accept(@PathVariable UUID merchantId, @PathVariable UUID programId) {
        return acceptances.accept(merchantId, programId, Caller.current().orElseThrow());
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @DeleteMapping("/api/merchants/{merchantId}/programs/{programId}")
    ResponseEntity<Void> withdraw(@PathVariable UUID merchantId, @PathVariable UUID programId) {
        acceptances.withdraw(merchantId, programId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }
}
