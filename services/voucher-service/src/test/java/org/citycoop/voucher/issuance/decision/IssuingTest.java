package org.citycoop.voucher.issuance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a voucher is worth and until when, one test a rule. No container. */
class IssuingTest {

    static final Instant NOON_IN_FELDBACH = Instant.parse("2027-03-10T11:00:00Z");

    @Nested
    class ASoldVoucher {

        @Test
        void isWorthItsPricePlusTheIssuersBonus() {
            // given a program with a 10 % bonus; when a voucher is sold for 50 euros, then it is worth 55, the issuer paying 5
            var worth = Issuing.sold(new Issuing.Terms("at-feldbach", 36, new BigDecimal("10")), euros(5000), NOON_IN_FELDBACH);
            assertThat(worth.faceValue()).isEqualTo(euros(5500));
            assertThat(worth.price()).isEqualTo(euros(5000));
            assertThat(worth.subsidy()).isEqualTo(euros(500));
        }

        @Test
        void withABonusRoundedDownToTheCent() {
            // 3.33 % of 10.01 euros is 33.3333 cents: the issuer adds 33
            assertThat(Issuing.bonus(euros(1001), new BigDecimal("3.33"))).isEqualTo(euros(33));
            assertThat(Issuing.bonus(Money.of(9999, Currency.HUF), new BigDecimal("12.5"))).isEqualTo(Money.of(1249, Currency.HUF));
        }

        @Test
        void withoutABonusIsWorthItsPrice() {
            var worth = Issuing.sold(new Issuing.Terms("hu-lenti", 12, BigDecimal.ZERO), Money.of(10000, Currency.HUF), NOON_IN_FELDBACH);
            assertThat(worth.faceValue()).isEqualTo(Money.of(10000, Currency.HUF));
            assertThat(worth.subsidy()).isEqualTo(Money.zero(Currency.HUF));
        }
    }

    @Nested
    class AReward {

        @Test
        void isAllSubsidyWithNothingPaid() {
            var worth = Issuing.reward(new Issuing.Terms("si-ptuj", 12, new BigDecimal("10")), euros(1000), NOON_IN_FELDBACH);
            assertThat(worth.faceValue()).isEqualTo(euros(1000));
            assertThat(worth.price()).isEqualTo(euros(0));
            assertThat(worth.subsidy()).isEqualTo(euros(1000));
        }
    }

    @Nested
    class AVoucherExpires {

        @Test
        void atTheStartOfTheDayAfterItsValidityInTheIssuersTimeZone() {
            // issued on 10 March 2027 for 36 months: spendable through 10 March 2030, expiring at midnight in Feldbach
            Instant expires = Issuing.expiry(new Issuing.Terms("at-feldbach", 36, BigDecimal.ZERO), NOON_IN_FELDBACH);
            assertThat(expires).isEqualTo(Instant.parse("2030-03-10T23:00:00Z"));
        }

        @Test
        void onTheIssuersDateNotUtcsJustBeforeMidnight() {
            // 23:30 UTC on 9 March is 00:30 on 10 March in Ptuj: the validity counts from the 10th
            Instant expires = Issuing.expiry(new Issuing.Terms("si-ptuj", 1, BigDecimal.ZERO), Instant.parse("2027-03-09T23:30:00Z"));
            assertThat(expires.atZone(ZoneId.of("Europe/Ljubljana")).toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 4, 11));
        }

        @Test
        void inViennaForTheCooperationsOwnPrograms() {
            Instant expires = Issuing.expiry(new Issuing.Terms("cooperation", 12, BigDecimal.ZERO), NOON_IN_FELDBACH);
            assertThat(expires.atZone(Issuing.COOPERATION_ZONE).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2028, 3, 11, 0, 0));
        }
    }

    static Money euros(long cents) {
        return Money.of(cents, Currency.EUR);
    }
}
