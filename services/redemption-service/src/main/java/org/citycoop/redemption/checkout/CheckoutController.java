package org.citycoop.redemption.checkout;

import static org.springframework.http.HttpMethod.POST;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.throttle.Throttled;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The terminal API (a terminal's token, or a cashier or owner naming the store): scan a code, redeem
 * an amount. A decline is a 422 problem detail with a stable {@code reason} and its text in the
 * caller's language; a repeated request (same {@code Idempotency-Key}) gets the same answer.
 */
@RestController
class CheckoutController {

    record ScanCode(@Nullable String code, @Nullable UUID storeId) {
    }

    /**
     * What a scan found; {@code code} is the text read from an image (so that the till can redeem it), none for a code sent as text.
     * {@code validUntil} is the last day the voucher can be spent, in the cities' calendar (the day a cashier reads; the voucher
     * ends at {@code expiresAt}, exclusive).
     */
    record ScanView(boolean known, @Nullable UUID voucherId, @Nullable BigDecimal balance, @Nullable String currency, @Nullable Instant expiresAt,
            java.time.@Nullable LocalDate validUntil, boolean spendable, @Nullable Decline reason, @Nullable String message, @Nullable String code) {

        private static final java.time.ZoneId CITIES = java.time.ZoneId.of("Europe/Vienna");

        static java.time.@Nullable LocalDate lastDayBefore(@Nullable Instant end) {
            return end == null ? null : end.minusNanos(1).atZone(CITIES).toLocalDate();
        }
    }

    record Approved(UUID redemptionId, UUID voucherId, BigDecimal amount, String currency, BigDecimal balanceAfter, Instant at) {
    }

    record Reverse(@Nullable BigDecimal amount) {
    }

    record ReversedView(UUID reversalId, UUID redemptionId, UUID voucherId, BigDecimal amount, String currency, BigDecimal balanceAfter, Instant at) {
    }

    private final Checkout checkout;
    private final Reversals reversals;
    private final QrImages images;
    private final TillThrottle throttle;
    private final Purchases purchases;
    private final PurchaseRefunds purchaseRefunds;
    private final MessageSource messages;

    CheckoutController(Checkout checkout, Reversals reversals, QrImages images, TillThrottle throttle, Purchases purchases, PurchaseRefunds purchaseRefunds,
            MessageSource messages) {
        this.throttle = throttle;
        this.purchases = purchases;
        this.purchaseRefunds = purchaseRefunds;
        this.checkout = checkout;
        this.reversals = reversals;
        this.images = images;
        this.messages = messages;
    }

    /** Gives back all (no amount) or part of a redemption to its voucher. */
    @PostMapping("/api/checkout/redemptions/{redemptionId}/reversals")
    ResponseEntity<ReversedView> reverse(@org.springframework.web.bind.annotation.PathVariable UUID redemptionId,
            @RequestBody(required = false) @Nullable Reverse request, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        Reversals.Reversed reversed = reversals.reverse(redemptionId, request == null ? null : request.amount(), key, caller);
        return ResponseEntity.status(reversed.replayed() ? HttpStatus.OK : HttpStatus.CREATED).header("Idempotent-Replayed", String.valueOf(reversed.replayed()))
                .body(new ReversedView(reversed.reversalId(), reversed.redemptionId(), reversed.voucherId(), reversed.amount().major(),
                        reversed.amount().currency().name(), reversed.balanceAfter().major(), reversed.at()));
    }

    @PostMapping("/api/checkout/scans")
    ScanView scan(@RequestBody ScanCode request) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        return scanned(request, caller, false);
    }

    private ScanView scanned(ScanCode request, Caller caller, boolean fromImage) {
        Checkout.Scan scan = checkout.scan(request.code(), request.storeId(), caller);
        if (!scan.known()) {
            throttle.unknownCode(caller);
        }
        return new ScanView(scan.known(), scan.voucherId(), scan.balance(), scan.currency(), scan.expiresAt(), ScanView.lastDayBefore(scan.expiresAt()),
                scan.spendable(), scan.reason(),
                scan.reason() == null ? null : text("decline." + scan.reason() + ".detail"), fromImage ? request.code() : null);
    }

    /** Scans a photo or screenshot of a voucher's QR code (PNG or JPEG, the request body). */
    @PostMapping(path = "/api/checkout/scans/image", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    ScanView scanImage(@RequestBody byte[] image, @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable UUID storeId) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        return scanned(new ScanCode(images.read(image), storeId), caller, true);
    }

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text("decline." + outcome.reason() + ".detail"));
        problem.setType(URI.create("urn:citycoop:problem:declined"));
        problem.setTitle(text("decline." + outcome.reason() + ".title"));
        problem.setProperty("reason", outcome.reason().name());
        problem.setProperty("redemptionId", outcome.redemptionId());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(problem);
    }

    record PurchaseView(UUID purchaseId, MemberTokens.Result member, String memberMessage, BigDecimal basketTotal, BigDecimal voucherAmount, String currency) {
    }

    /** Records a purchase (for points), with the member token if the shopper showed one; says at once whether it was accepted. */
    @PostMapping("/api/checkout/purchases")
    ResponseEntity<PurchaseView> purchase(@RequestBody Purchases.RecordPurchase request,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable UUID storeId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        Purchases.Recorded recorded = purchases.record(request, storeId, key, caller);
        return ResponseEntity.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED).header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
                .body(new PurchaseView(recorded.purchaseId(), recorded.member(), text("member." + recorded.member()), recorded.basketTotal().major(),
                        recorded.voucherAmount().major(), recorded.basketTotal().currency().name()));
    }

    record RefundView(UUID refundId, UUID purchaseId, java.math.BigDecimal amount, java.math.BigDecimal refundedTotal, String currency) {
    }

    /** Refunds part or all of a recorded purchase (goods brought back); points-service takes back the points in proportion. */
    @PostMapping("/api/checkout/purchases/{purchaseId}/refunds")
    ResponseEntity<RefundView> refund(@org.springframework.web.bind.annotation.PathVariable UUID purchaseId, @RequestBody PurchaseRefunds.Refund request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        PurchaseRefunds.Refunded refunded = purchaseRefunds.refund(purchaseId, request, key, caller);
        return ResponseEntity.status(refunded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(refunded.replayed()))
                .body(new RefundView(refunded.refundId(), refunded.purchaseId(), refunded.amount().major(), refunded.refundedTotal().major(),
                        refunded.amount().currency().name()));
    }

    /** Operators: terminals throttled now after repeated unknown codes. */
    @org.springframework.web.bind.annotation.GetMapping("/api/throttled-terminals")
    java.util.List<TillThrottle.ThrottledTerminal> throttled() {
        return throttle.throttled();
    }

    /** 429 with Retry-After: nothing was read or debited. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Throttled.class)
    ResponseEntity<ProblemDetail> throttled(Throttled throttled) {
        long seconds = throttled.retryAfterSeconds();
        String type = throttled.type();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem." + type + ".detail", new Object[] {seconds}, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:citycoop:problem:" + type));
        problem.setTitle(text("problem." + type + ".title"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules checkoutRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/checkout/scans", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .roles(POST, "/api/checkout/scans/image", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .roles(POST, "/api/checkout/purchases", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .roles(POST, "/api/checkout/purchases/{purchaseId}/refunds", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .roles(org.springframework.http.HttpMethod.GET, "/api/throttled-terminals", Role.OPERATOR)
                    .roles(POST, "/api/checkout/redemptions", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .roles(POST, "/api/checkout/redemptions/{redemptionId}/reversals", Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER)
                    .build();
        }
    }
}
