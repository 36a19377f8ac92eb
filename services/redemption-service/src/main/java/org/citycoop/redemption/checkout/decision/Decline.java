package org.citycoop.redemption.checkout.decision;

/**
 * Why a voucher cannot be spent: stable codes, the same in every language (texts: {@code decline.<CODE>.title/detail}).
 * Each but {@link #UNKNOWN_CODE} is the refusal of one named policy ({@link SpendingPolicy}, {@link RedemptionPolicy}).
 */
public enum Decline {
    UNKNOWN_CODE, INSUFFICIENT_BALANCE, EXPIRED, CANCELLED, NOT_ACCEPTED_HERE, MERCHANT_SUSPENDED, WRONG_CURRENCY, PROGRAM_PAUSED
}
