package org.citycoop.redemption.checkout.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.network.PartnerCity;
import org.jspecify.annotations.Nullable;

/**
 * A voucher as loaded, at a till, at a moment: what every spending policy looks at.
 *
 * @param hufPerEur the EUR/HUF reference rate, if operators have set one
 */
public record Spending(Voucher voucher, Till till, @Nullable BigDecimal hufPerEur, Instant now) {

    /** A voucher as redemption-service holds it: its own balance (minor units), and its program as the replica knows it. */
    public record Voucher(UUID id, Currency currency, long balance, VoucherStatus status, Instant expiresAt, @Nullable Program program) {
    }

    /** What voucher-service said of the voucher: {@code ACTIVE} until cancelled or expired. */
    public enum VoucherStatus {
        ACTIVE, CANCELLED, EXPIRED
    }

    /**
     * A voucher program as voucher-service announced it: the cities it covers and its state. A closed program sells no more
     * vouchers, but those sold stay spendable until they expire; a paused one takes none at the tills until it resumes.
     */
    public record Program(UUID id, ProgramStatus status, Set<String> cityCodes) {

        public Program {
            cityCodes = Set.copyOf(cityCodes);
        }
    }

    /** A program's state in the replica. */
    public enum ProgramStatus {
        ACTIVE, PAUSED, CLOSED
    }

    /**
     * The till: its merchant (and what the merchant registry says of it), its store's city, and the programs the merchant
     * accepts.
     */
    public record Till(UUID merchantId, UUID storeId, String cityCode, MerchantStatus merchant, Set<UUID> acceptedPrograms) {

        public Till {
            acceptedPrograms = Set.copyOf(acceptedPrograms);
        }

        /** The currency the store takes: its city's. */
        public Currency currency() {
            return PartnerCity.byCode(cityCode).map(city -> Currency.valueOf(city.currency())).orElseThrow();
        }
    }

    /** What the merchant registry says of the till's merchant; {@code UNKNOWN} until its events have arrived. */
    public enum MerchantStatus {
        ACTIVE, SUSPENDED, CLOSED, UNKNOWN;

        /** The status named, or {@code UNKNOWN}. */
        public static MerchantStatus of(@Nullable String name) {
            for (MerchantStatus status : values()) {
                if (status.name().equals(name)) {
                    return status;
                }
            }
            return UNKNOWN;
        }
    }
}
