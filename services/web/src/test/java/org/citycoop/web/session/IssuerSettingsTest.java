package org.citycoop.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.security.issuer: identity-service, where people sign in. */
class IssuerSettingsTest {

    private static IssuerSettings bind(Map<String, String> properties) {
        return BoundSettings.bind(IssuerSettings.class, properties);
    }

    @Test
    void theIssuerIsRead() {
        assertThat(bind(Map.of("citycoop.security.issuer", "https://id.feldbach.example")).issuer()).isEqualTo("https://id.feldbach.example");
    }

    @Test
    void anIssuerThatIsNoAddressStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.security.issuer", "id.feldbach")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("citycoop.security").contains("issuer")
                        .contains("must be a valid URL"));
    }
}
