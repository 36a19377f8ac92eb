package org.citycoop.voucher.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.citycoop.platform.throttle.Throttled;
import org.junit.jupiter.api.Test;

/** Which addresses count as one client, and that a guesser changing IPv6 addresses within its network is still one. */
class ClaimThrottleTest {

    @Test
    void anIpv4AddressCountsForItselfAndAnIpv6AddressForItsSlash64() {
        assertThat(ClaimThrottle.network("203.0.113.7")).isEqualTo("203.0.113.7").isNotEqualTo(ClaimThrottle.network("203.0.113.8"));
        assertThat(ClaimThrottle.network("2001:db8:1:2::5")).isEqualTo(ClaimThrottle.network("2001:db8:1:2:ffff:ffff:ffff:1"))
                .isEqualTo("20010db800010002::/64").isNotEqualTo(ClaimThrottle.network("2001:db8:1:3::5"));
        assertThat(ClaimThrottle.network("::ffff:203.0.113.7")).as("an IPv4 address written as IPv6").isEqualTo("203.0.113.7");
    }

    @Test
    void aGuesserHoppingAcrossItsIpv6NetworkIsLockedOutAsOneAddress() {
        ClaimThrottle throttle = new ClaimThrottle(new ClaimThrottleSettings(new ClaimThrottleSettings.UnknownCodes(10, 3, Duration.ofMinutes(15)), 1000));
        for (int i = 1; i <= 3; i++) {
            throttle.admit("account-" + i, "2001:db8:1:2::" + i);
            throttle.unknownCode("account-" + i, "2001:db8:1:2::" + i);
        }
        assertThatThrownBy(() -> throttle.admit("account-4", "2001:db8:1:2::4")).isInstanceOfSatisfying(Throttled.class,
                throttled -> assertThat(throttled.retryAfterMinutes()).isEqualTo(15));
        throttle.admit("account-4", "2001:db8:1:3::4");
    }
}
