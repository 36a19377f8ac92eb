package org.citycoop.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Ticker;

/** A throttle on a clock the test turns: idle keys go, the table stays bounded, a lockout outlasts any flood of new keys. */
class ThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker clock = nanos::get;

    private void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aKeyLeftAloneUntilItsBucketWouldBeFullAgainIsForgotten() {
        Throttle throttle = Throttle.of(Limit.strikes(3, Duration.ofMinutes(15)), 100, clock);
        throttle.strike("account-petra");
        throttle.take("terminal-feldbach-1");
        assertThat(throttle.keys()).isEqualTo(2);

        wait(Duration.ofMinutes(14));
        throttle.strike("account-petra");
        assertThat(throttle.keys()).as("petra was here a minute ago, the terminal 14 minutes ago").isEqualTo(2);

        wait(Duration.ofMinutes(1));
        assertThat(throttle.keys()).as("the terminal, idle for 15 minutes, is gone").isEqualTo(1);
        wait(Duration.ofMinutes(15));
        assertThat(throttle.keys()).isZero();
        assertThat(throttle.strike("account-petra")).as("a forgotten key starts again with a full bucket").isEmpty();
    }

    @Test
    void aRateBucketIsForgottenOnceItHasRefilled() {
        Throttle throttle = Throttle.of(Limit.rate(20, 40), 100, clock);
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.take("terminal-ptuj-2")).isEmpty();
        }
        assertThat(throttle.take("terminal-ptuj-2")).as("the 41st in the same instant").isPresent();
        wait(Duration.ofMillis(1999));
        assertThat(throttle.keys()).isEqualTo(1);
        wait(Duration.ofMillis(2));
        assertThat(throttle.keys()).as("two seconds refill 40 at 20 a second").isZero();
    }

    @Test
    void tenThousandKeysNeverHoldMoreThanTheMaximum() {
        Throttle throttle = Throttle.of(Limit.strikes(10, Duration.ofMinutes(15)), 500, clock);
        for (int i = 0; i < 10_000; i++) {
            throttle.take("address-" + i);
            assertThat(throttle.keys()).isLessThanOrEqualTo(500);
        }
        assertThat(throttle.keys()).isEqualTo(500);
    }

    @Test
    void keysBeyondTheMaximumShareOneBucketWithTheSameLimit() {
        Throttle throttle = Throttle.of(Limit.strikes(3, Duration.ofMinutes(15)), 2, clock);
        throttle.strike("account-anna");
        throttle.strike("account-bence");
        assertThat(throttle.strike("newcomer-1")).isEmpty();
        assertThat(throttle.strike("newcomer-2")).isEmpty();
        assertThat(throttle.strike("newcomer-3")).as("three strikes among all keys the full table does not hold").isPresent();
        assertThat(throttle.lockedOut("newcomer-4")).as("a newcomer while the table is full").isPresent();
        assertThat(throttle.lockedOut("account-anna")).as("a key the table holds keeps its own bucket").isEmpty();
        assertThat(throttle.keys()).isEqualTo(2);

        wait(Duration.ofMinutes(15));
        assertThat(throttle.lockedOut("newcomer-4")).as("once the table has room again").isEmpty();
        assertThat(throttle.strike("newcomer-4")).isEmpty();
        assertThat(throttle.keys()).isEqualTo(1);
    }

    @Test
    void aLockedOutKeyStaysLockedOutWhileTheLockoutLastsWhateverFloodsTheTable() {
        Throttle throttle = Throttle.of(Limit.strikes(3, Duration.ofMinutes(15)), 100, clock);
        wait(Duration.ofMinutes(5));
        throttle.strike("guesser");
        throttle.strike("guesser");
        Duration lockout = throttle.strike("guesser").orElseThrow();
        assertThat(lockout).isEqualTo(Duration.ofMinutes(15));

        for (int i = 0; i < 5_000; i++) {
            throttle.strike("guesser-alias-" + i); // the guesser's attempt to push its own bucket out
        }
        wait(Duration.ofMinutes(10));
        for (int i = 0; i < 5_000; i++) {
            throttle.strike("guesser-alias-more-" + i);
        }
        assertThat(throttle.lockedOut("guesser")).as("ten minutes and 10,000 new keys later").hasValue(Duration.ofMinutes(5));
        assertThat(throttle.take("guesser")).isPresent();

        wait(Duration.ofMinutes(5));
        assertThat(throttle.lockedOut("guesser")).as("once the window has turned").isEmpty();
    }
}
