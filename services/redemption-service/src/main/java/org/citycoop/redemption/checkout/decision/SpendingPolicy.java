package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citycoop.redemption.checkout.decision.Spending.MerchantStatus;
import org.citycoop.redemption.checkout.decision.Spending.ProgramStatus;
import org.citycoop.redemption.checkout.decision.Spending.VoucherStatus;

/**
 * One rule of whether a voucher can be spent at a till at all, whatever the amount: empty if it allows, else the
 * decline. The scan and the redemption both ask {@link #allCurrentPolicies()}, in order; the first refusal is the answer.
 */
@FunctionalInterface
public interface SpendingPolicy extends Function<Spending, Optional<Decline>> {

    /** A cancelled voucher is worth nothing. */
    SpendingPolicy voucherNotCancelled = spending -> refuseIf(spending.voucher().status() == VoucherStatus.CANCELLED, Decline.CANCELLED);

    /** A voucher ends at its expiry (exclusive), or when voucher-service says it expired. */
    SpendingPolicy voucherNotExpired = spending -> refuseIf(spending.voucher().status() == VoucherStatus.EXPIRED
            || !spending.voucher().expiresAt().isAfter(spending.now()), Decline.EXPIRED);

    /** While its program is paused, a voucher is taken at no till. */
    SpendingPolicy programNotPaused = spending -> refuseIf(spending.voucher().program() != null
            && spending.voucher().program().status() == ProgramStatus.PAUSED, Decline.PROGRAM_PAUSED);

    /** Only an active merchant takes vouchers (a suspended, closed or not yet known one does not). */
    SpendingPolicy merchantActive = spending -> refuseIf(spending.till().merchant() != MerchantStatus.ACTIVE, Decline.MERCHANT_SUSPENDED);

    /** The merchant accepts the voucher's program, and the program covers the store's city. */
    SpendingPolicy acceptedHere = spending -> {
        Spending.Program program = spending.voucher().program();
        boolean accepted = program != null && spending.till().acceptedPrograms().contains(program.id())
                && program.cityCodes().contains(spending.till().cityCode());
        return refuseIf(!accepted, Decline.NOT_ACCEPTED_HERE);
    };

    /** A voucher in another currency than the store's needs the reference rate. */
    SpendingPolicy currencyPayable = spending -> refuseIf(spending.till().currency() != spending.voucher().currency() && spending.hufPerEur() == null,
            Decline.WRONG_CURRENCY);

    /** The rules, in the order their declines are given. */
    static List<SpendingPolicy> allCurrentPolicies() {
        return List.of(voucherNotCancelled, voucherNotExpired, programNotPaused, merchantActive, acceptedHere, currencyPayable);
    }

    private static Optional<Decline> refuseIf(boolean refused, Decline decline) {
        return refused ? Optional.of(decline) : Optional.empty();
    }
}
