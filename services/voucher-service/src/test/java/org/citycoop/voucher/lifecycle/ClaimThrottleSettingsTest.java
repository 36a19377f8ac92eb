package org.citycoop.voucher.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Claim limits: 10 unknown codes an account, 30 an address, per 15 minutes, 100,000 keys held, unless set; none of them zero. */
class ClaimThrottleSettingsTest {

    @Test
    void withoutSettingsTheClaimLimitsAreTheDocumentedOnes() {
        ClaimThrottleSettings settings = bind(ClaimThrottleSettings.class, Map.of());
        assertThat(settings.unknownCodes()).isEqualTo(new ClaimThrottleSettings.UnknownCodes(10, 30, Duration.ofMinutes(15)));
        assertThat(settings.maxKeys()).isEqualTo(100_000);
    }

    @Test
    void limitsSetInTheConfigurationAreTheOnesUsedAndTheOthersKeepTheirDefaults() {
        ClaimThrottleSettings settings = bind(ClaimThrottleSettings.class, Map.of("citycoop.wallet.claims.unknown-codes.per-account", "3",
                "citycoop.wallet.claims.unknown-codes.per-address", "5"));
        assertThat(settings.unknownCodes()).isEqualTo(new ClaimThrottleSettings.UnknownCodes(3, 5, Duration.ofMinutes(15)));
        assertThat(settings.maxKeys()).isEqualTo(100_000);
    }

    @Test
    void aCountOrWindowOfZeroOrLessStopsTheStartNamingTheSetting() {
        for (String property : new String[] {"citycoop.wallet.claims.unknown-codes.per-account", "citycoop.wallet.claims.unknown-codes.per-address",
                "citycoop.wallet.claims.max-keys"}) {
            assertThatThrownBy(() -> bind(ClaimThrottleSettings.class, Map.of(property, "-1")))
                    .satisfies(failure -> assertThat(refusal(failure)).contains(property));
        }
        assertThatThrownBy(() -> bind(ClaimThrottleSettings.class, Map.of("citycoop.wallet.claims.unknown-codes.window", "0s")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.wallet.claims.unknown-codes.window"));
    }
}
