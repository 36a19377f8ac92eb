package org.citycoop.points.membership;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A member QR may live at most the 60 s the member token format allows, and not so briefly that it cannot be scanned. */
class MemberTokenLifetimeTest {

    @Test
    void aLifetimeOverTheFormatsLimitOrUnderFiveSecondsStopsTheServiceFromStarting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberCards(null, null, Duration.ofSeconds(61)))
                .withMessageContaining("citycoop.points.member-token-lifetime must be from 5 s to 60 s");
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberCards(null, null, Duration.ofSeconds(4)));
        assertThatNoException().isThrownBy(() -> new MemberCards(null, null, Duration.ofSeconds(60)));
        assertThatNoException().isThrownBy(() -> new MemberCards(null, null, Duration.ofSeconds(5)));
    }
}
