package org.citycoop.redemption.settlement.decision;

import java.time.LocalDate;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One settled statement to pay: its merchant, the merchant's payout account (none while unknown), the issuer, the amount, and
 * the partner city that pays it out (the merchant's seat, as clearing assumes; none while the merchant is not known here).
 */
public record Payout(UUID id, UUID merchantId, @Nullable String accountHolder, @Nullable String iban, String issuer, Money amount, LocalDate periodFrom,
        LocalDate periodTo, @Nullable String payingCity) {

    /** The reference the bank transfer carries, so the merchant can match it with its statement. */
    public String reference() {
        return "citycoop " + periodFrom + ".." + periodTo + " " + id.toString().substring(0, 8);
    }

    /** The city that pays it out: the merchant's seat, or the issuer while the seat is unknown. */
    public String paidBy() {
        return payingCity == null ? issuer : payingCity;
    }
}
