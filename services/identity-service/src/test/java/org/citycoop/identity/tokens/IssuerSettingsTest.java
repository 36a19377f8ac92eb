package org.citycoop.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.security.*: the issuer, key set and audience of the tokens identity-service signs. */
class IssuerSettingsTest {

    private static IssuerSettings bind(Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(Map.of("citycoop.security.issuer", "https://id.feldbach.example",
                "citycoop.security.jwk-set-uri", "https://id.feldbach.example/oauth2/jwks", "citycoop.security.audience", "citycoop"));
        properties.putAll(more);
        return BoundSettings.bind(IssuerSettings.class, properties);
    }

    @Test
    void theIssuerItsKeysAndTheAudienceAreRead() {
        assertThat(bind(Map.of())).isEqualTo(new IssuerSettings("https://id.feldbach.example", "https://id.feldbach.example/oauth2/jwks", "citycoop"));
    }

    @Test
    void anIssuerThatIsNoAddressStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.security.issuer", "id.feldbach")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("citycoop.security").contains("issuer"));
    }

    @Test
    void anEmptyAudienceStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("citycoop.security.audience", " ")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("audience").contains("must not be blank"));
    }
}
