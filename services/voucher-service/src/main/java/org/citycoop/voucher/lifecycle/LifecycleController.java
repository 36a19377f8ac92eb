package org.citycoop.voucher.lifecycle;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.throttle.Throttled;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.VoucherView;
import org.citycoop.voucher.issuance.Vouchers;
import org.citycoop.voucher.lifecycle.decision.LifecycleRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import lombok.RequiredArgsConstructor;

/** Cancelling (operators), giving away and claiming (shoppers) vouchers. */
@RestController
@RequiredArgsConstructor
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

    @Roles(Role.OPERATOR)
    @PostMapping("/api/vouchers/{id}/cancellation")
    VoucherView cancel(@PathVariable UUID id, @Validated @RequestBody CancelVoucher command) {
        Voucher voucher = switch (lifecycle.cancel(id, command.reason(), Caller.current().orElseThrow())) {
            case VoucherLifecycle.Refused<Voucher>(var refusal) -> throw problem(refusal);
            case VoucherLifecycle.Done<Voucher>(var cancelled) -> cancelled;
        };
        return VoucherView.of(voucher, vault.unseal(vouchers.sealedCode(id), id));
    }

    /** The holder gives the voucher away: the answer holds its new code, to pass on (the old one stops working). */
    @Roles(Role.SHOPPER)
    @PostMapping("/api/vouchers/{id}/gift")
    VoucherView give(@PathVariable UUID id) {
        VoucherLifecycle.Handed handed = switch (lifecycle.give(id, Caller.current().orElseThrow())) {
            case VoucherLifecycle.Refused<VoucherLifecycle.Handed>(var refusal) -> throw problem(refusal);
            case VoucherLifecycle.Done<VoucherLifecycle.Handed>(var given) -> given;
        };
        return VoucherView.of(handed.voucher(), handed.code());
    }

    /**
     * A shopper claims a paper (bearer) voucher into the wallet by its code; it gets a new code. A
     * malformed code is a 400 and counts for nothing; an unknown one is a 404 and counts against the
     * account and the address, which are refused (429) once they have had too many.
     */
    @Roles(Role.SHOPPER)
    @PostMapping("/api/wallet/claims")
    VoucherView claim(@RequestBody ClaimVoucher command, HttpServletRequest request) {
        Caller caller = Caller.current().orElseThrow();
        // a typo is caught by the check symbol: refused before anything is looked up or counted
        VoucherCode code = VoucherCode.parse(command.code())
                .orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("code", "wallet.code-invalid"))));
        throttle.admit(caller.subject(), request.getRemoteAddr());
        VoucherLifecycle.Handed handed = switch (lifecycle.claim(code, caller)) {
            case VoucherLifecycle.Refused<VoucherLifecycle.Handed>(var refusal) -> {
                if (refusal instanceof LifecycleRefusal.CodeUnknown) {
                    throttle.unknownCode(caller.subject(), request.getRemoteAddr());
                }
                throw problem(refusal);
            }
            case VoucherLifecycle.Done<VoucherLifecycle.Handed>(var claimed) -> claimed;
        };
        return VoucherView.of(handed.voucher(), handed.code());
    }

    /** A refused change as its problem detail: 404 for a voucher or code the caller may not know, 409 for one that cannot change so. */
    static RequestRejected problem(LifecycleRefusal refusal) {
        return switch (refusal) {
            case LifecycleRefusal.UnknownVoucher() -> new RequestRejected(HttpStatus.NOT_FOUND, "voucher-unknown", List.of());
            case LifecycleRefusal.CodeUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "code-unknown", List.of());
            case LifecycleRefusal.NotClaimable() -> new RequestRejected(HttpStatus.CONFLICT, "voucher-not-claimable", List.of());
            case LifecycleRefusal.Ended(var state) -> new RequestRejected(HttpStatus.CONFLICT, "voucher-ended", List.of(), state);
        };
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
}
