package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.idempotency.Replies;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.redemption.checkout.decision.PurchaseRefusal;
import org.citycoop.redemption.checkout.decision.RefundRefusal;
import org.citycoop.redemption.checkout.throttling.TillThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** The terminal API's purchases (for points, with the member token if the shopper showed one) and their refunds. */
@RestController
@RequiredArgsConstructor
class PurchaseController {

    record PurchaseView(UUID purchaseId, MemberTokens.Result member, String memberMessage, BigDecimal basketTotal, BigDecimal voucherAmount, String currency) {
    }

    record RefundView(UUID refundId, UUID purchaseId, BigDecimal amount, BigDecimal refundedTotal, String currency) {
    }

    private final Purchases purchases;
    private final PurchaseRefunds purchaseRefunds;
    private final TillThrottle throttle;
    private final MessageSource messages;

    /** Records a purchase (for points), with the member token if the shopper showed one; says at once whether it was accepted. */
    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping("/api/checkout/purchases")
    ResponseEntity<PurchaseView> purchase(@RequestBody Purchases.RecordPurchase request, @RequestParam(required = false) @Nullable UUID storeId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        Purchases.Recorded recorded = switch (purchases.record(request, storeId, key, caller)) {
            case Purchases.Refused(PurchaseRefusal refusal) -> throw problem(refusal);
            case Purchases.Recorded answer -> answer;
        };
        return Replies.createdOrReplayed(recorded.replayed()).body(new PurchaseView(recorded.purchaseId(), recorded.member(),
                        messages.getMessage("member." + recorded.member(), null, LocaleContextHolder.getLocale()), recorded.basketTotal().major(),
                        recorded.voucherAmount().major(), recorded.basketTotal().currency().name()));
    }

    /** Refunds part or all of a recorded purchase (goods brought back); points-service takes back the points in proportion. */
    @Roles({Role.TERMINAL, Role.CASHIER, Role.MERCHANT_OWNER})
    @PostMapping("/api/checkout/purchases/{purchaseId}/refunds")
    ResponseEntity<RefundView> refund(@PathVariable UUID purchaseId, @RequestBody PurchaseRefunds.RefundRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Caller caller = Caller.current().orElseThrow();
        throttle.admit(caller);
        PurchaseRefunds.Refunded refunded = switch (purchaseRefunds.refund(purchaseId, request, key, caller)) {
            case PurchaseRefunds.Refused(RefundRefusal refusal) -> throw problem(refusal);
            case PurchaseRefunds.Refunded answer -> answer;
        };
        return Replies.createdOrReplayed(refunded.replayed()).body(new RefundView(refunded.refundId(), refunded.purchaseId(), refunded.amount().major(), refunded.refundedTotal().major(),
                        refunded.amount().currency().name()));
    }

    /** A refused purchase as the problem detail of its kind (the kit renders it, with its texts). */
    static RequestRejected problem(PurchaseRefusal refusal) {
        return switch (refusal) {
            case PurchaseRefusal.NotInStoreCurrency(var currency) -> RequestRejected.invalid(List.of(new Violation("currency", "checkout.store-currency",
                    currency.name())));
            case PurchaseRefusal.BasketMalformed() -> RequestRejected.invalid(List.of(new Violation("basketTotal", "checkout.basket")));
            case PurchaseRefusal.UnknownRedemption(var redemption) -> RequestRejected.invalid(List.of(new Violation("redemptionIds",
                    "checkout.redemption-unknown", redemption)));
        };
    }

    /** A refused refund as the problem detail of its kind: an amount beyond what is left is the same 400 as a malformed one. */
    static RequestRejected problem(RefundRefusal refusal) {
        return switch (refusal) {
            case RefundRefusal.NoSuchPurchase(var purchase) -> new RequestRejected(HttpStatus.NOT_FOUND, "purchase-unknown", List.of(), purchase);
            case RefundRefusal.WindowOver(var window) -> new RequestRejected(HttpStatus.CONFLICT, "refund-too-late", List.of(), window.toDays());
            case RefundRefusal.AmountMalformed(var left) -> RequestRejected.invalid(List.of(new Violation("amount", "checkout.refund-amount", left.major())));
            case RefundRefusal.MoreThanLeft(var left) -> RequestRejected.invalid(List.of(new Violation("amount", "checkout.refund-amount", left.major())));
        };
    }
}
