package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.idempotency.Replies;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.redemption.checkout.decision.Decline;
import org.citycoop.redemption.checkout.decision.ReversalRefusal;
import org.citycoop.redemption.checkout.throttling.TillThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * The terminal API's redemptions (a terminal's token, or a cashier or owner naming the store) and their reversals. This is
 * where the decisions' refusals become answers: a decline is a 422 problem detail with a stable {@code reason} and its text
 * in the caller's language; a refused reversal is the problem detail of its kind. A repeated request (same
 * {@code Idempotency-Key}) gets the same answer.
 */
@RestController
@RequiredArgsConstructor
class RedemptionController {

    record Approved(UUID redemptionId, UUID voucherId, BigDecimal amount, String currency, BigDecimal balanceAfter, Instant at) {
    }

    record Reverse(@Nullable BigDecimal amount) {
    }

    record ReversedView(UUID reversalId, UUID redemptionId, UUID voucherId, BigDecimal amount, String currency, BigDecimal balanceAfter, Instant at) {
    }

    private final Checkout checkout;
    private final Reversals reversals;
    private final TillThrottle throttle;
    private final MessageSource messages;

    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping("/api/checkout/redemptions")
    ResponseEntity<?> redeem(@RequestBody Checkout.Redeem request, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        Checkout.Outcome outcome = checkout.redeem(request, key, caller);
        if (outcome.reason() == Decline.UNKNOWN_CODE && !outcome.replayed()) {
            throttle.unknownCode(caller);
        }
        if (outcome.approved()) {
            Approved body = new Approved(outcome.redemptionId(), outcome.voucherId(), outcome.amount().major(), outcome.amount().currency().name(),
                    outcome.balanceAfter().major(), outcome.at());
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/checkout/redemptions/" + outcome.redemptionId()))
                    .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(body);
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(declined(outcome.reason(), outcome.redemptionId()));
    }

    /** Gives back all (no amount) or part of a redemption to its voucher. */
    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping("/api/checkout/redemptions/{redemptionId}/reversals")
    ResponseEntity<ReversedView> reverse(@PathVariable UUID redemptionId, @RequestBody(required = false) @Nullable Reverse request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        return switch (reversals.reverse(redemptionId, request == null ? null : request.amount(), key, caller)) {
            case Reversals.Refused(ReversalRefusal refusal) -> throw problem(refusal);
            case Reversals.Reversed reversed -> Replies.createdOrReplayed(reversed.replayed()).body(new ReversedView(reversed.reversalId(), reversed.redemptionId(), reversed.voucherId(), reversed.amount().major(),
                            reversed.amount().currency().name(), reversed.balanceAfter().major(), reversed.at()));
        };
    }

    /** A decline: 422 {@code urn:citycoop:problem:declined}, its reason and its texts ({@code decline.<REASON>.title/detail}). */
    private ProblemDetail declined(Decline reason, UUID redemptionId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text("decline." + reason + ".detail"));
        problem.setType(URI.create("urn:citycoop:problem:declined"));
        problem.setTitle(text("decline." + reason + ".title"));
        problem.setProperty("reason", reason.name());
        problem.setProperty("redemptionId", redemptionId);
        return problem;
    }

    /** A refused reversal as the problem detail of its kind (the kit renders it, with its texts). */
    static RequestRejected problem(ReversalRefusal refusal) {
        return switch (refusal) {
            case ReversalRefusal.NoSuchRedemption() -> new RequestRejected(HttpStatus.NOT_FOUND, "redemption-unknown", List.of());
            case ReversalRefusal.AlreadySettled() -> new RequestRejected(HttpStatus.CONFLICT, "redemption-settled", List.of());
            case ReversalRefusal.WindowOver(var window) -> new RequestRejected(HttpStatus.CONFLICT, "reversal-window-over", List.of(), window.toDays());
            case ReversalRefusal.AmountMalformed(var currency) -> RequestRejected.invalid(List.of(new Violation("amount", "checkout.amount-decimals",
                    currency.name(), currency.decimals())));
            case ReversalRefusal.MoreThanLeft(var left) -> new RequestRejected(HttpStatus.CONFLICT, "reversal-too-much", List.of(), left.major(),
                    left.currency().name());
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
