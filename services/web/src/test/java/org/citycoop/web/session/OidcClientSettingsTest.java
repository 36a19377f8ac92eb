package org.citycoop.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.web.client-secret: the web front's secret at identity-service. */
class OidcClientSettingsTest {

    @Test
    void theSecretIsRead() {
        assertThat(BoundSettings.bind(OidcClientSettings.class, Map.of("citycoop.web.client-secret", "a-long-secret-for-feldbach"))
                .clientSecret()).isEqualTo("a-long-secret-for-feldbach");
    }

    @Test
    void anEmptySecretStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class)
                .isThrownBy(() -> BoundSettings.bind(OidcClientSettings.class, Map.of("citycoop.web.client-secret", "")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("client-secret").contains("must not be blank"));
    }
}
