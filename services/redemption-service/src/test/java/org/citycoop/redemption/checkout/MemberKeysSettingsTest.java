package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Member token keys come from the local points-service unless another address is set; an address that is none stops the start. */
class MemberKeysSettingsTest {

    @Test
    void withoutASettingTheKeysComeFromTheLocalPointsService() {
        assertThat(bind(MemberKeysSettings.class, Map.of()).memberKeysUri()).isEqualTo(URI.create("http://127.0.0.1:8084/api/member-keys"));
    }

    @Test
    void anAddressSetInTheConfigurationIsTheOneUsed() {
        assertThat(bind(MemberKeysSettings.class, Map.of("citycoop.points.member-keys-uri", "https://points.citycoop.example/api/member-keys"))
                .memberKeysUri()).isEqualTo(URI.create("https://points.citycoop.example/api/member-keys"));
    }

    @Test
    void anAddressThatIsNoHttpAddressStopsTheStartNamingTheSetting() {
        for (String bad : new String[] {"points-service/api/member-keys", "file:///etc/member-keys.json"}) {
            assertThatThrownBy(() -> bind(MemberKeysSettings.class, Map.of("citycoop.points.member-keys-uri", bad)))
                    .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.points.member-keys-uri must be an http or https address"));
        }
    }
}
