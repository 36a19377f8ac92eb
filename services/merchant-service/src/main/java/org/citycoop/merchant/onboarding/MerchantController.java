package org.citycoop.merchant.onboarding;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.security.SignedIn;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;

/**
 * Merchants' registration and lifecycle: operators register and approve, suspend, reactivate and
 * close; anyone signed in may apply for their business; a merchant's own staff and operators read it.
 */
@RestController
@RequiredArgsConstructor
class MerchantController {

    private final MerchantRegistration registration;
    private final Merchants merchants;
    private final Applications applications;

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/merchants")
    ResponseEntity<Map<String, UUID>> register(@Validated @RequestBody RegisterMerchant command) {
        UUID id = registration.register(command).merchantId();
        return ResponseEntity.created(URI.create("/api/merchants/" + id)).body(Map.of("id", id));
    }

    /** A signed-in person applies; they become the owner on approval (their token's {@code sub} is their account id). */
    @SignedIn
    @PostMapping("/api/merchant-applications")
    ResponseEntity<Map<String, UUID>> apply(@Validated @RequestBody RegisterMerchant command) {
        UUID id = registration.apply(command, applicant(Caller.current().orElseThrow()));
        return ResponseEntity.created(URI.create("/api/merchants/" + id)).body(Map.of("id", id));
    }

    /** The caller's own latest application and where it stands (the web's apply page asks after approval). */
    @SignedIn
    @GetMapping("/api/merchant-applications/mine")
    Map<String, Object> mine() {
        Applications.Application application = applications.latestBy(applicant(Caller.current().orElseThrow()))
                .orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "application-unknown", List.of()));
        return Map.of("merchantId", application.merchantId(), "tradingName", application.tradingName(), "status", application.status().name(),
                "storeName", application.store().name(), "appliedAt", application.appliedAt());
    }

    private static UUID applicant(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException notAPerson) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "applicant-not-a-person", List.of());
        }
    }

    /** Operators: merchants in a status (applications: {@code APPLIED}), the longest waiting first, at most 200. */
    @Roles(Role.OPERATOR)
    @GetMapping("/api/merchants")
    List<Merchant> inStatus(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "APPLIED") Merchant.Status status) {
        return merchants.inStatus(status, 200);
    }

    @Roles({Role.OPERATOR, Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL})
    @GetMapping("/api/merchants/{id}")
    Merchant one(@PathVariable UUID id) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.mayViewMerchant(id)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return merchants.byId(id).orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of()));
    }

    @Roles({Role.OPERATOR, Role.MERCHANT_OWNER})
    @PutMapping("/api/merchants/{id}")
    ResponseEntity<Void> edit(@PathVariable UUID id, @Validated @RequestBody EditMerchant edit) {
        registration.edit(id, edit, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/merchants/{id}/approval")
    ResponseEntity<Void> approve(@PathVariable UUID id) {
        registration.approve(id);
        return ResponseEntity.noContent().build();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/merchants/{id}/suspension")
    ResponseEntity<Void> suspend(@PathVariable UUID id, @Validated @RequestBody Reason reason) {
        registration.suspend(id, reason.reason());
        return ResponseEntity.noContent().build();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/merchants/{id}/reactivation")
    ResponseEntity<Void> reactivate(@PathVariable UUID id) {
        registration.reactivate(id);
        return ResponseEntity.noContent().build();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/merchants/{id}/closure")
    ResponseEntity<Void> close(@PathVariable UUID id, @Validated @RequestBody Reason reason) {
        registration.close(id, reason.reason());
        return ResponseEntity.noContent().build();
    }
}
