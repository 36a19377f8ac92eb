package org.citycoop.points.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Member tokens: seal key, rotation and lifetime have no defaults (points-service.yml sets them); a member QR
 * may live at most the 60 s the member token format allows, and not so briefly that it cannot be scanned.
 */
class MemberTokenSettingsTest {

    private static final Map<String, String> LOCAL = Map.of("citycoop.points.key-seal-key", "bG9jYWwtZGV2ZWxvcG1lbnQtcG9pbnRzLWtleS0zMmI=",
            "citycoop.points.member-key-rotation", "P30D", "citycoop.points.member-token-lifetime", "60s");

    @Test
    void withoutSettingsTheServiceDoesNotStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> bind(MemberTokenSettings.class, Map.of())).satisfies(failure -> assertThat(refusal(failure))
                .contains("citycoop.points").contains("keySealKey").contains("memberKeyRotation").contains("memberTokenLifetime"));
    }

    @Test
    void theSetKeyRotationAndLifetimeAreTheOnesUsed() {
        MemberTokenSettings settings = bind(MemberTokenSettings.class, LOCAL);
        assertThat(settings.keySealKey()).isEqualTo("bG9jYWwtZGV2ZWxvcG1lbnQtcG9pbnRzLWtleS0zMmI=");
        assertThat(settings.memberKeyRotation()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.memberTokenLifetime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aRotationOfZeroStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(MemberTokenSettings.class, with("citycoop.points.member-key-rotation", "0s")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points.member-key-rotation"));
    }

    @Test
    void aLifetimeOverTheFormatsLimitOrUnderFiveSecondsStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> bind(MemberTokenSettings.class, with("citycoop.points.member-token-lifetime", "61s")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points.member-token-lifetime must be from 5 s to 60 s"));
        assertThatThrownBy(() -> bind(MemberTokenSettings.class, with("citycoop.points.member-token-lifetime", "4s")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points.member-token-lifetime must be from 5 s to 60 s"));
        assertThatNoException().isThrownBy(() -> bind(MemberTokenSettings.class, with("citycoop.points.member-token-lifetime", "60s")));
        assertThatNoException().isThrownBy(() -> bind(MemberTokenSettings.class, with("citycoop.points.member-token-lifetime", "5s")));
    }

    private static Map<String, String> with(String property, String value) {
        Map<String, String> settings = new HashMap<>(LOCAL);
        settings.put(property, value);
        return settings;
    }
}
