package org.citycoop.merchant.onboarding;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.context.annotation.Bean;
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

    @PostMapping("/api/merchants")
    ResponseEntity<Map<String, UUID>> register(@Validated @RequestBody RegisterMerchant command) {
        UUID id = registration.register(command).merchantId();
        return ResponseEntity.created(URI.create("/api/merchants/" + id)).body(Map.of("id", id));
    }

    /** A signed-in person applies; they become the owner on approval (their token's {@code sub} is their account id). */
    @PostMapping("/api/merchant-applications")
    ResponseEntity<Map<String, UUID>> apply(@Validated @RequestBody RegisterMerchant command) {
        UUID id = registration.apply(command, applicant(Caller.current().orElseThrow()));
        return ResponseEntity.created(URI.create("/api/merchants/" + id)).body(Map.of("id", id));
    }

    /** The caller's own latest application and where it stands (the web's apply page asks after approval). */
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
    @GetMapping("/api/merchants")
    List<Merchant> inStatus(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "APPLIED") Merchant.Status status) {
        return merchants.inStatus(status, 200);
    }

    @GetMapping("/api/merchants/{id}")
    Merchant one(@PathVariable UUID id) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.mayViewMerchant(id)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
        return merchants.byId(id).orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of()));
    }

    @PutMapping("/api/merchants/{id}")
    ResponseEntity<Void> edit(@PathVariable UUID id, @Validated @RequestBody EditMerchant edit) {
        registration.edit(id, edit, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/merchants/{id}/approval")
    ResponseEntity<Void> approve(@PathVariable UUID id) {
        registration.approve(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/merchants/{id}/suspension")
    ResponseEntity<Void> suspend(@PathVariable UUID id, @Validated @RequestBody Reason reason) {
        registration.suspend(id, reason.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/merchants/{id}/reactivation")
    ResponseEntity<Void> reactivate(@PathVariable UUID id) {
        registration.reactivate(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/merchants/{id}/closure")
    ResponseEntity<Void> close(@PathVariable UUID id, @Validated @RequestBody Reason reason) {
        registration.close(id, reason.reason());
        return ResponseEntity.noContent().build();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules merchantRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/merchants", Role.OPERATOR)
                    .authenticated(POST, "/api/merchant-applications")
                    .authenticated(GET, "/api/merchant-applications/mine")
                    .roles(GET, "/api/merchants/{id}", Role.OPERATOR, Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL)
                    .roles(PUT, "/api/merchants/{id}", Role.OPERATOR, Role.MERCHANT_OWNER)
                    .roles(POST, "/api/merchants/{id}/approval", Role.OPERATOR)
                    .roles(org.springframework.http.HttpMethod.GET, "/api/merchants", Role.OPERATOR)
                    .roles(POST, "/api/merchants/{id}/suspension", Role.OPERATOR)
                    .roles(POST, "/api/merchants/{id}/reactivation", Role.OPERATOR)
                    .roles(POST, "/api/merchants/{id}/closure", Role.OPERATOR)
                    .build();
        }
    }
}
