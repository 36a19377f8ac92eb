package org.citycoop.points.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Points expiry: how long points last has no default (points-service.yml: 24 months) and is more than nothing; the job is on unless turned off. */
class PointsExpirySettingsTest {

    @Test
    void withoutHowLongPointsLastTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> bind(PointsExpirySettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points").contains("expireAfter").contains("must not be null"));
    }

    @Test
    void theJobIsOnUnlessTurnedOff() {
        PointsExpirySettings settings = bind(PointsExpirySettings.class, Map.of("citycoop.points.expire-after", "P24M"));
        assertThat(settings.expireAfter()).isEqualTo(Period.ofMonths(24));
        assertThat(settings.expiry().enabled()).isTrue();
    }

    @Test
    void aSetPeriodAndATurnedOffJobAreTheOnesUsed() {
        PointsExpirySettings settings = bind(PointsExpirySettings.class, Map.of("citycoop.points.expire-after", "P10D", "citycoop.points.expiry.enabled", "false"));
        assertThat(settings.expireAfter()).isEqualTo(Period.ofDays(10));
        assertThat(settings.expiry().enabled()).isFalse();
    }

    @Test
    void aPeriodOfNothingOrLessStopsTheStartNamingTheSetting() {
        for (String bad : new String[] {"P0D", "-P1M"}) {
            assertThatThrownBy(() -> bind(PointsExpirySettings.class, Map.of("citycoop.points.expire-after", bad)))
                    .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points.expire-after must be a period of more than nothing"));
        }
    }
}
