package org.citycoop.voucher.lifecycle.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A voucher's life after issue, one test a rule: Petra holds a voucher with 25 euros left. No container. */
class ChangingTest {

    static final UUID PETRA = UUID.randomUUID();
    static final UUID STEFAN = UUID.randomUUID();
    static final Money LEFT = Money.of(2500, Currency.EUR);

    final Changing changing = Changing.withAllCurrentPolicies();

    @Nested
    class Cancelling {

        @Test
        void refundsWhatIsLeftOnTheVoucher() {
            assertThat(changing.cancel(by("operator", held(PETRA, Held.State.ACTIVE)))).isEqualTo(new Changing.Cancel(LEFT));
        }

        @Test
        void twiceChangesNothing() {
            assertThat(changing.cancel(by("operator", held(PETRA, Held.State.CANCELLED)))).isEqualTo(new Changing.AlreadyCancelled());
        }

        @Test
        void anExpiredVoucherIsRefused() {
            assertThat(changing.cancel(by("operator", held(PETRA, Held.State.EXPIRED))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.Ended(Held.State.EXPIRED)));
        }

        @Test
        void noSuchVoucherIsRefused() {
            assertThat(changing.cancel(by("operator", null))).isEqualTo(new Changing.Refused(new LifecycleRefusal.UnknownVoucher()));
        }
    }

    @Nested
    class GivingAway {

        @Test
        void byItsHolderMakesItABearerVoucher() {
            assertThat(changing.give(by(PETRA.toString(), held(PETRA, Held.State.ACTIVE)))).isEqualTo(new Changing.HandOver(null));
        }

        @Test
        void bySomeoneElseIsAsIfThereWereNoSuchVoucher() {
            assertThat(changing.give(by(STEFAN.toString(), held(PETRA, Held.State.ACTIVE))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.UnknownVoucher()));
            assertThat(changing.give(by(STEFAN.toString(), held(null, Held.State.ACTIVE))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.UnknownVoucher()));
        }

        @Test
        void aCancelledVoucherIsRefused() {
            assertThat(changing.give(by(PETRA.toString(), held(PETRA, Held.State.CANCELLED))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.Ended(Held.State.CANCELLED)));
        }
    }

    @Nested
    class Claiming {

        @Test
        void aBearerVoucherPutsItIntoTheClaimersWallet() {
            assertThat(changing.claim(by(STEFAN.toString(), held(null, Held.State.ACTIVE)))).isEqualTo(new Changing.HandOver(STEFAN));
        }

        @Test
        void aVoucherInAWalletIsRefused() {
            assertThat(changing.claim(by(STEFAN.toString(), held(PETRA, Held.State.ACTIVE))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.NotClaimable()));
        }

        @Test
        void anUnknownCodeIsRefusedAsSuch() {
            assertThat(changing.claim(by(STEFAN.toString(), null))).isEqualTo(new Changing.Refused(new LifecycleRefusal.CodeUnknown()));
        }

        @Test
        void anExpiredBearerVoucherIsRefused() {
            assertThat(changing.claim(by(STEFAN.toString(), held(null, Held.State.EXPIRED))))
                    .isEqualTo(new Changing.Refused(new LifecycleRefusal.Ended(Held.State.EXPIRED)));
        }
    }

    static Change by(String caller, @Nullable Held voucher) {
        return new Change(voucher, caller);
    }

    static Held held(@Nullable UUID holder, Held.State state) {
        return new Held(UUID.randomUUID(), holder, state, LEFT);
    }
}
