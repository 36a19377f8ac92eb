package org.citycoop.voucher.lifecycle;

import static org.springframework.http.HttpMethod.POST;

import java.net.URI;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.throttle.Throttled;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.VoucherView;
import org.citycoop.voucher.issuance.Vouchers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling (operators), giving away and claiming (shoppers) vouchers. */
@RestController
class LifecycleController {

    record CancelVoucher(@NotBlank @Size(max = 500) String reason) {
    }

    record ClaimVoucher(@Nullable String code) {
    }

    private final VoucherLifecycle lifecycle;
    private final Vouchers vouchers;
    private final CodeVault vault;
    private final ClaimThrottle throttle;
    private final MessageSource messages;

    LifecycleController(VoucherLifecycle lifecycle, Vouchers vouchers, CodeVault vault, ClaimThrottle throttle, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.vouchers = vouchers;
        this.vault = vault;
        this.throttle = throttle;
        this.messages = messages;
    }

    @PostMapping("/api/vouchers/{id}/cancellation")
    VoucherView cancel(@PathVariable UUID id, @Validated @RequestBody CancelVoucher command) {
        var voucher = lifecycle.cancel(id, command.reason());
        return VoucherView.of(voucher, vault.unseal(vouchers.sealedCode(id), id));
    }

    /** The holder gives the voucher away: the answer holds its new code, to pass on (the old one stops working). */
    @PostMapping("/api/vouchers/{id}/gift")
    VoucherView give(@PathVariable UUID id) {
        var handed = lifecycle.give(id, Caller.current().orElseThrow());
        return VoucherView.of(handed.voucher(), handed.code());
    }

    /**
     * A shopper claims a paper (bearer) voucher into the wallet by its code; it gets a new code. A
     * malformed code is a 400 and counts for nothing; an unknown one is a 404 and counts against the
     * account and the address, which are refused (429) once they have had too many.
     */
    @PostMapping("/api/wallet/claims")
    VoucherView claim(@RequestBody ClaimVoucher command, HttpServletRequest request) {
        Caller caller = Caller.current().orElseThrow();
        var code = VoucherLifecycle.claimedCode(command.code());
        throttle.admit(caller.subject(), request.getRemoteAddr());
        try {
            var handed = lifecycle.claim(code, caller);
            return VoucherView.of(handed.voucher(), handed.code());
        } catch (VoucherLifecycle.CodeUnknown unknown) {
            throttle.unknownCode(caller.subject(), request.getRemoteAddr());
            throw unknown;
        }
    }

    /** 429 with Retry-After: nothing was looked up or claimed. */
    @ExceptionHandler(Throttled.class)
    ResponseEntity<ProblemDetail> throttled(Throttled throttled) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem." + throttled.type() + ".detail", new Object[] {throttled.retryAfterMinutes()}, locale));
        problem.setType(URI.create("urn:citycoop:problem:" + throttled.type()));
        problem.setTitle(messages.getMessage("problem." + throttled.type() + ".title", null, locale));
        problem.setProperty("retryAfterSeconds", throttled.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(throttled.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules lifecycleRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/vouchers/{id}/cancellation", Role.OPERATOR)
                    .roles(POST, "/api/vouchers/{id}/gift", Role.SHOPPER)
                    .roles(POST, "/api/wallet/claims", Role.SHOPPER)
                    .build();
        }
    }
}
