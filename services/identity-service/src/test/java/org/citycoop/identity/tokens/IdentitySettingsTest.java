package org.citycoop.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.identity.*: how long retired signing keys stay published, and the web front as OAuth2 client. */
class IdentitySettingsTest {

    private static final Map<String, String> WEB_FRONT = Map.of("citycoop.identity.web.base-url", "https://feldbach.citycoop.example",
            "citycoop.identity.web.client-secret", "a-long-secret-for-feldbach");

    private static IdentitySettings bind(Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(WEB_FRONT);
        properties.putAll(more);
        return BoundSettings.bind(IdentitySettings.class, properties);
    }

    @Test
    void aRetiredKeyStaysPublishedForAnHourByDefault() {
        IdentitySettings settings = bind(Map.of());
        assertThat(settings.keepRetiredKeys()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.web()).isEqualTo(new IdentitySettings.Web("https://feldbach.citycoop.example", "a-long-secret-for-feldbach"));
    }

    @Test
    void howLongARetiredKeyStaysIsSet() {
        assertThat(bind(Map.of("citycoop.identity.keep-retired-keys", "10m")).keepRetiredKeys()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aNegativeTimeToKeepRetiredKeysStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.identity.keep-retired-keys", "-1h")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("keep-retired-keys"));
    }

    @Test
    void aWebFrontWithoutAnAddressStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.identity.web.base-url", "feldbach")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("web.base-url").contains("must be a valid URL"));
    }
}
