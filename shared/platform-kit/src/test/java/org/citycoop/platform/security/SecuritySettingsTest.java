package org.citycoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

class SecuritySettingsTest {

    @Test
    void thePlatformDefaultsNameTheLocalIdentityServiceAndTheCitycoopAudience() throws IOException {
        var defaults = new ResourcePropertySource("citycoop-platform", new ClassPathResource("citycoop-platform.properties"));
        Binder binder = new Binder(ConfigurationPropertySources.from(defaults), new PropertySourcesPlaceholdersResolver(List.of(defaults)));

        SecuritySettings settings = binder.bind("citycoop.security", Bindable.of(SecuritySettings.class)).get();

        assertThat(settings).isEqualTo(new SecuritySettings(URI.create("http://127.0.0.1:9000"),
                URI.create("http://127.0.0.1:9000/oauth2/jwks"), "citycoop"));
    }

    @Test
    void anInstallationNamesItsIssuer() {
        SecuritySettings settings = bind(Map.of("citycoop.security.issuer", "https://id.citycoop.example",
                "citycoop.security.jwk-set-uri", "https://id.citycoop.example/oauth2/jwks", "citycoop.security.audience", "citycoop"));

        assertThat(settings.issuer()).isEqualTo(URI.create("https://id.citycoop.example"));
        assertThat(settings.jwkSetUri()).isEqualTo(URI.create("https://id.citycoop.example/oauth2/jwks"));
    }

    @Test
    void aMissingIssuerABlankAudienceOrAnAddressThatIsNoneIsRefusedAtTheStart() {
        assertThat(refusal(Map.of("citycoop.security.jwk-set-uri", "https://id.citycoop.example/oauth2/jwks",
                "citycoop.security.audience", "citycoop"))).contains("issuer");
        assertThat(refusal(Map.of("citycoop.security.issuer", "https://id.citycoop.example",
                "citycoop.security.jwk-set-uri", "https://id.citycoop.example/oauth2/jwks", "citycoop.security.audience", " "))).contains("audience");
        assertThat(refusal(Map.of("citycoop.security.issuer", "id.citycoop.example",
                "citycoop.security.jwk-set-uri", "https://id.citycoop.example/oauth2/jwks", "citycoop.security.audience", "citycoop")))
                .contains("must be absolute http(s) addresses");
    }

    private static SecuritySettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.security", SecuritySettings.class, properties);
    }

    private static String refusal(Map<String, String> properties) {
        return SettingsBinding.refusal("citycoop.security", SecuritySettings.class, properties);
    }
}
