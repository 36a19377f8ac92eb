package org.citycoop.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.web.member-card.*: when the member card page fetches the next code. */
class MemberCardSettingsTest {

    private static MemberCardSettings bind(String renewBefore) {
        return BoundSettings.bind(MemberCardSettings.class, Map.of("citycoop.web.member-card.renew-before", renewBefore));
    }

    @Test
    void theRenewalLeadIsRead() {
        assertThat(bind("15s").renewBefore()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void renewingOnlyOnceTheCodeRanOutStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("0s"))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("renew-before"));
    }

    /** A property never set is named by its record component (citycoop.web.member-card.renewBefore). */
    @Test
    void noRenewalLeadStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class)
                .isThrownBy(() -> BoundSettings.bind(MemberCardSettings.class, Map.of()))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("'citycoop.web.member-card' on field 'renewBefore'").contains("must not be null"));
    }
}
