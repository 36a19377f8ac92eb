package org.citycoop.voucher.issuance.decision;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An operator asking to sell vouchers at the counter, as loaded: the program and what it sells, the amount of each voucher,
 * the currency and payment method the operator names, into a shopper's wallet or as bearer vouchers, how many.
 *
 * @param shopperKnown whether {@code shopperId} is a registered shopper (false when there is none)
 * @param quantity how many vouchers; none is one
 */
public record CounterSale(ProgramAsked program, @Nullable BigDecimal amount, @Nullable String currency, @Nullable String paymentMethod,
        @Nullable UUID shopperId, boolean shopperKnown, @Nullable Integer quantity) {

    /** How many vouchers, one unless said. */
    public int vouchers() {
        return quantity == null ? 1 : quantity;
    }

    /** What the program sells: there is one once the {@link OfferPolicy offer policies} allowed. */
    Offer offer() {
        return Objects.requireNonNull(program.offer(), "the program's offer");
    }
}
