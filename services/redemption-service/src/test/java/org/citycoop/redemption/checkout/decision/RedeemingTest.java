package org.citycoop.redemption.checkout.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.redemption.checkout.decision.Spending.MerchantStatus;
import org.citycoop.redemption.checkout.decision.Spending.Program;
import org.citycoop.redemption.checkout.decision.Spending.ProgramStatus;
import org.citycoop.redemption.checkout.decision.Spending.Till;
import org.citycoop.redemption.checkout.decision.Spending.Voucher;
import org.citycoop.redemption.checkout.decision.Spending.VoucherStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The till's rules, one test a rule: a Feldbach bakery, a Feldbach voucher of 50 euros, and what the till asks. No container. */
class RedeemingTest {

    static final Instant NOW = Instant.parse("2027-03-10T10:15:00Z");
    static final UUID FELDBACH_PROGRAM = UUID.randomUUID();
    static final UUID BAKERY = UUID.randomUUID();

    final Redeeming redeeming = Redeeming.withAllCurrentPolicies();

    @Nested
    class ATillTakes {

        @Test
        void partOfAVoucherWithEnoughOnIt() {
            // given a voucher of 50 euros at a Feldbach till that accepts its program
            Spending spending = spending(voucher(5000), feldbachTill());
            // when the till asks for 12.50
            Redeeming.Decision decision = redeeming.redeem(new Redemption(spending, euros("12.50")));
            // then 12.50 comes off it, and the shop is credited the same
            assertThat(decision).isEqualTo(new Redeeming.Approved(new Conversion(euros("12.50"), euros("12.50"), BigDecimal.ONE)));
        }

        @Test
        void everythingThatIsOnIt() {
            assertThat(redeeming.redeem(new Redemption(spending(voucher(5000), feldbachTill()), euros("50")))).isInstanceOf(Redeeming.Approved.class);
        }

        @Test
        void aEuroVoucherInAForintShopAtTheReferenceRate() {
            // given a regional euro voucher in Lenti, and 395 forints to the euro
            Program region = new Program(UUID.randomUUID(), ProgramStatus.ACTIVE, Set.of("at-feldbach", "hu-lenti"));
            Spending spending = new Spending(voucher(5000, region), till("hu-lenti", region.id()), new BigDecimal("395"), NOW);
            // when the till asks for 3950 forints
            Redeeming.Decision decision = redeeming.redeem(new Redemption(spending, Money.ofMajor(new BigDecimal("3950"), Currency.HUF)));
            // then 10 euros come off the voucher, and the shop is credited 3950 forints
            assertThat(decision).isEqualTo(new Redeeming.Approved(new Conversion(euros("10.00"), Money.of(3950, Currency.HUF), new BigDecimal("395"))));
            // and asked in euros, the forints are rounded half-up
            assertThat(redeeming.redeem(new Redemption(spending, euros("5.01")))).isEqualTo(new Redeeming.Approved(new Conversion(euros("5.01"),
                    Money.of(1979, Currency.HUF), new BigDecimal("395"))));
        }

        @Test
        void aVoucherOfAClosedProgram() {
            // a closed program sells no more vouchers; those sold stay spendable until they expire
            Program closed = new Program(FELDBACH_PROGRAM, ProgramStatus.CLOSED, Set.of("at-feldbach"));
            assertThat(redeeming.redeem(new Redemption(spending(voucher(5000, closed), feldbachTill()), euros("1")))).isInstanceOf(Redeeming.Approved.class);
        }
    }

    @Nested
    class ATillIsDeclined {

        @Test
        void moreThanIsOnTheVoucher() {
            assertThat(redeeming.redeem(new Redemption(spending(voucher(5000), feldbachTill()), euros("50.01"))))
                    .isEqualTo(new Redeeming.Declined(Decline.INSUFFICIENT_BALANCE));
        }

        @Test
        void aCancelledVoucher() {
            assertThat(declined(voucher(5000, VoucherStatus.CANCELLED, NOW.plus(30, ChronoUnit.DAYS)), feldbachTill())).isEqualTo(Decline.CANCELLED);
        }

        @Test
        void aVoucherPastItsExpiryOrSaidToHaveExpired() {
            assertThat(declined(voucher(5000, VoucherStatus.ACTIVE, NOW), feldbachTill())).as("it ends at its expiry, exclusive").isEqualTo(Decline.EXPIRED);
            assertThat(declined(voucher(5000, VoucherStatus.EXPIRED, NOW.plus(30, ChronoUnit.DAYS)), feldbachTill())).isEqualTo(Decline.EXPIRED);
            assertThat(redeeming.redeem(new Redemption(spending(voucher(5000, VoucherStatus.ACTIVE, NOW.plusMillis(1)), feldbachTill()), euros("1"))))
                    .as("a moment before its expiry").isInstanceOf(Redeeming.Approved.class);
        }

        @Test
        void aVoucherWhoseProgramIsPaused() {
            // given a voucher whose program voucher-service has paused
            Program paused = new Program(FELDBACH_PROGRAM, ProgramStatus.PAUSED, Set.of("at-feldbach"));
            // when the till asks for an euro, then it is declined with that reason (and the scan says so too)
            assertThat(declined(voucher(5000, paused), feldbachTill())).isEqualTo(Decline.PROGRAM_PAUSED);
            assertThat(redeeming.scan(spending(voucher(5000, paused), feldbachTill()))).contains(Decline.PROGRAM_PAUSED);
        }

        @Test
        void aShopTheCooperationSuspendedOrDoesNotKnowYet() {
            for (MerchantStatus status : new MerchantStatus[] {MerchantStatus.SUSPENDED, MerchantStatus.CLOSED, MerchantStatus.UNKNOWN}) {
                Till till = new Till(BAKERY, UUID.randomUUID(), "at-feldbach", status, Set.of(FELDBACH_PROGRAM));
                assertThat(declined(voucher(5000), till)).as(status.name()).isEqualTo(Decline.MERCHANT_SUSPENDED);
            }
        }

        @Test
        void aVoucherOfAProgramTheShopDoesNotAccept() {
            assertThat(declined(voucher(5000), till("at-feldbach", UUID.randomUUID()))).isEqualTo(Decline.NOT_ACCEPTED_HERE);
        }

        @Test
        void aVoucherInACityItsProgramDoesNotCover() {
            // the bakery accepts the Feldbach program, but this till is in its Gleisdorf store
            assertThat(declined(voucher(5000), till("at-gleisdorf", FELDBACH_PROGRAM))).isEqualTo(Decline.NOT_ACCEPTED_HERE);
        }

        @Test
        void aVoucherOfAProgramNotKnownHereYet() {
            assertThat(declined(new Voucher(UUID.randomUUID(), Currency.EUR, 5000, VoucherStatus.ACTIVE, NOW.plus(30, ChronoUnit.DAYS), null),
                    feldbachTill())).isEqualTo(Decline.NOT_ACCEPTED_HERE);
        }

        @Test
        void aVoucherInAnotherCurrencyWhileNoRateIsSet() {
            Program region = new Program(UUID.randomUUID(), ProgramStatus.ACTIVE, Set.of("at-feldbach", "hu-lenti"));
            Spending noRate = new Spending(voucher(5000, region), till("hu-lenti", region.id()), null, NOW);
            assertThat(redeeming.redeem(new Redemption(noRate, Money.of(3950, Currency.HUF)))).isEqualTo(new Redeeming.Declined(Decline.WRONG_CURRENCY));
            assertThat(redeeming.scan(noRate)).contains(Decline.WRONG_CURRENCY);
        }

        @Test
        void anAmountInACurrencyNeitherTheVoucherNorTheShopHas() {
            assertThat(redeeming.redeem(new Redemption(spending(voucher(5000), feldbachTill()), Money.of(1000, Currency.HUF))))
                    .isEqualTo(new Redeeming.Declined(Decline.WRONG_CURRENCY));
        }

        @Test
        void anAmountThatConvertsToNothing() {
            // one forint is 0.0025 euros: nothing, rounded to cents
            Program region = new Program(UUID.randomUUID(), ProgramStatus.ACTIVE, Set.of("at-feldbach", "hu-lenti"));
            Spending spending = new Spending(voucher(5000, region), till("hu-lenti", region.id()), new BigDecimal("400"), NOW);
            assertThat(redeeming.redeem(new Redemption(spending, Money.of(1, Currency.HUF)))).isEqualTo(new Redeeming.Declined(Decline.WRONG_CURRENCY));
        }

        @Test
        void forTheFirstRuleThatRefusesInOrder() {
            // a cancelled voucher at a suspended shop that does not accept it: the voucher's state is named first
            Till suspendedStranger = new Till(BAKERY, UUID.randomUUID(), "at-gleisdorf", MerchantStatus.SUSPENDED, Set.of());
            assertThat(declined(voucher(5000, VoucherStatus.CANCELLED, NOW.plus(30, ChronoUnit.DAYS)), suspendedStranger)).isEqualTo(Decline.CANCELLED);
            assertThat(declined(voucher(5000), suspendedStranger)).isEqualTo(Decline.MERCHANT_SUSPENDED);
        }
    }

    @Nested
    class AScanSays {

        @Test
        void aVoucherWithMoneyOnItCanBeSpent() {
            assertThat(redeeming.scan(spending(voucher(1), feldbachTill()))).isEmpty();
        }

        @Test
        void anEmptyVoucherHasNothingToSpend() {
            assertThat(redeeming.scan(spending(voucher(0), feldbachTill()))).contains(Decline.INSUFFICIENT_BALANCE);
        }

        @Test
        void whyAVoucherCannotBeSpentHere() {
            assertThat(redeeming.scan(spending(voucher(5000), till("at-gleisdorf", FELDBACH_PROGRAM)))).contains(Decline.NOT_ACCEPTED_HERE);
            assertThat(redeeming.scan(spending(voucher(0, VoucherStatus.CANCELLED, NOW.plus(1, ChronoUnit.DAYS)), feldbachTill())))
                    .as("the reason it cannot be spent comes before its empty balance").contains(Decline.CANCELLED);
        }
    }

    private @Nullable Decline declined(Voucher voucher, Till till) {
        return redeeming.redeem(new Redemption(spending(voucher, till), euros("1"))) instanceof Redeeming.Declined(Decline reason) ? reason : null;
    }

    static Spending spending(Voucher voucher, Till till) {
        return new Spending(voucher, till, null, NOW);
    }

    static Till feldbachTill() {
        return till("at-feldbach", FELDBACH_PROGRAM);
    }

    static Till till(String city, UUID acceptedProgram) {
        return new Till(BAKERY, UUID.randomUUID(), city, MerchantStatus.ACTIVE, Set.of(acceptedProgram));
    }

    static Voucher voucher(long balance) {
        return voucher(balance, VoucherStatus.ACTIVE, NOW.plus(365, ChronoUnit.DAYS));
    }

    static Voucher voucher(long balance, VoucherStatus status, Instant expiresAt) {
        return new Voucher(UUID.randomUUID(), Currency.EUR, balance, status, expiresAt, new Program(FELDBACH_PROGRAM, ProgramStatus.ACTIVE, Set.of("at-feldbach")));
    }

    static Voucher voucher(long balance, Program program) {
        return new Voucher(UUID.randomUUID(), Currency.EUR, balance, VoucherStatus.ACTIVE, NOW.plus(365, ChronoUnit.DAYS), program);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
