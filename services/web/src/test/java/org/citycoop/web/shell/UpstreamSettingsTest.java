package org.citycoop.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.web.*-url: where the services behind the pages are. */
class UpstreamSettingsTest {

    private static UpstreamSettings bind(Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(Map.of("citycoop.web.points-url", "http://127.0.0.1:8084",
                "citycoop.web.analytics-url", "http://127.0.0.1:8085", "citycoop.web.voucher-url", "http://127.0.0.1:8082",
                "citycoop.web.redemption-url", "http://127.0.0.1:8083", "citycoop.web.merchant-url", "http://127.0.0.1:8081"));
        properties.putAll(more);
        return BoundSettings.bind(UpstreamSettings.class, properties);
    }

    @Test
    void eachServiceHasItsAddress() {
        assertThat(bind(Map.of("citycoop.web.voucher-url", "https://vouchers.feldbach.example"))).isEqualTo(new UpstreamSettings(
                "http://127.0.0.1:8084", "http://127.0.0.1:8085", "https://vouchers.feldbach.example", "http://127.0.0.1:8083", "http://127.0.0.1:8081"));
    }

    @Test
    void anAddressWithoutSchemeStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.web.merchant-url", "127.0.0.1:8081")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("merchant-url").contains("must be a valid URL"));
    }

    /** A property never set is named by its record component (as Boot's start-up report names it: citycoop.web.redemptionUrl). */
    @Test
    void aMissingAddressStopsTheStartNamingTheProperty() {
        Map<String, String> properties = new HashMap<>(Map.of("citycoop.web.points-url", "http://127.0.0.1:8084"));
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> BoundSettings.bind(UpstreamSettings.class, properties))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("'citycoop.web' on field 'redemptionUrl'").contains("must not be blank"));
    }
}
