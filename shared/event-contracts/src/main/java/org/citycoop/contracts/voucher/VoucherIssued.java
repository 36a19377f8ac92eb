package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A voucher was issued: what redemption-service needs to accept it at a till, and analytics to count
 * the sale. Amounts in minor units of {@code currency} (cents, whole forints). Keyed by the voucher.
 *
 * @param codeHash      {@link VoucherCode#keyedHash(byte[])} of the code (the code itself never travels)
 * @param issuer        the program's issuer: a partner city code or {@code cooperation}
 * @param faceValue     what it is worth when spent
 * @param price         what was paid for it (0 for rewards)
 * @param subsidy       the issuer-funded bonus: {@code faceValue - price} for sold vouchers
 * @param channel       {@code COUNTER}, {@code BULK} or {@code REWARD}
 * @param paymentMethod {@code CASH}, {@code CARD_TERMINAL} or {@code BANK_TRANSFER}; null for rewards
 * @param holderId      the shopper whose wallet holds it; null for a bearer voucher
 * @param expiresAt     the first instant it is no longer spendable
 */
@EventType(context = Context.VOUCHER, name = "voucher-issued", version = 1)
public record VoucherIssued(UUID voucherId, UUID programId, String codeHash, String issuer, String currency, long faceValue, long price,
        long subsidy, String channel, String paymentMethod, UUID holderId, Instant expiresAt, Instant issuedAt) implements IntegrationEvent {

    public VoucherIssued {
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (faceValue <= 0 || price < 0 || subsidy < 0) {
            throw new IllegalArgumentException("amounts must be positive (face value) or not negative (price, subsidy)");
        }
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}
