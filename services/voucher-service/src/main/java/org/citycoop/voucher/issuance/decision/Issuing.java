package org.citycoop.voucher.issuance.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;

/**
 * What a voucher is worth and until when, decided: a sold voucher is worth its price plus the issuer's bonus, a reward is
 * all subsidy (nothing paid); either is spendable through the last day of the program's validity in the issuer's time zone.
 */
public final class Issuing {

    /** The cooperation's business days follow Vienna, like its Austrian seat. */
    public static final ZoneId COOPERATION_ZONE = ZoneId.of("Europe/Vienna");

    /** A program's terms that make a voucher's value and expiry. */
    public record Terms(String issuer, int validityMonths, BigDecimal bonusPercent) {
    }

    /** A voucher's money and expiry: {@code faceValue} is {@code price} plus {@code subsidy}. */
    public record Worth(Money faceValue, Money price, Money subsidy, Instant expiresAt) {
    }

    private Issuing() {
    }

    /** A voucher sold at {@code price}: the issuer adds its bonus. */
    public static Worth sold(Terms terms, Money price, Instant issuedAt) {
        Money subsidy = bonus(price, terms.bonusPercent());
        return new Worth(price.plus(subsidy), price, subsidy, expiry(terms, issuedAt));
    }

    /** A reward worth {@code value}: nothing paid, the whole value the issuer's subsidy. */
    public static Worth reward(Terms terms, Money value, Instant issuedAt) {
        return new Worth(value, Money.zero(value.currency()), value, expiry(terms, issuedAt));
    }

    /** The issuer-funded bonus on a price: {@code bonusPercent} of it, rounded down to the minor unit. */
    public static Money bonus(Money price, BigDecimal bonusPercent) {
        long basisPoints = bonusPercent.movePointRight(2).longValueExact();
        return Money.of(Math.multiplyExact(price.minor(), basisPoints) / 10_000, price.currency());
    }

    /** Spendable through the last day of the validity in the issuer's time zone: expires at the start of the next day. */
    public static Instant expiry(Terms terms, Instant issuedAt) {
        ZoneId zone = PartnerCity.byCode(terms.issuer()).map(PartnerCity::zone).orElse(COOPERATION_ZONE);
        LocalDate last = issuedAt.atZone(zone).toLocalDate().plusMonths(terms.validityMonths());
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
