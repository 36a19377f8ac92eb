package org.citycoop.redemption.checkout;

/** Why a voucher cannot be spent: stable codes, the same in every language (texts: {@code decline.<CODE>.title/detail}). */
public enum Decline {
    UNKNOWN_CODE, INSUFFICIENT_BALANCE, EXPIRED, CANCELLED, NOT_ACCEPTED_HERE, MERCHANT_SUSPENDED, WRONG_CURRENCY
}
