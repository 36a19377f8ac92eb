package org.citycoop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.identity.lockout.*: when repeated wrong passwords lock an account, and for how long. */
class LockoutSettingsTest {

    private static LockoutSettings bind(Map<String, String> properties) {
        return BoundSettings.bind(LockoutSettings.class, properties);
    }

    @Test
    void fiveFailuresLockForFifteenMinutesByDefault() {
        assertThat(bind(Map.of())).isEqualTo(new LockoutSettings(5, Duration.ofMinutes(15)));
    }

    @Test
    void theLimitAndTheDurationAreSet() {
        assertThat(bind(Map.of("citycoop.identity.lockout.max-failures", "3", "citycoop.identity.lockout.duration", "1h")))
                .isEqualTo(new LockoutSettings(3, Duration.ofHours(1)));
    }

    @Test
    void noFailureAllowedStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.identity.lockout.max-failures", "0")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("max-failures").contains("must be greater than 0"));
    }

    @Test
    void aLockShorterThanASecondStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.identity.lockout.duration", "500ms")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("lockout").contains("duration"));
    }
}
