package org.citycoop.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

class ApplicationSettingsTest {

    @Test
    void theNameServiceEnvironmentDerivesFromTheServiceAnnotation() {
        var derived = ServiceEnvironment.defaultsFor(MerchantLikeService.class.getAnnotation(CitycoopService.class));

        ApplicationSettings settings = SettingsBinding.bind("spring.application", ApplicationSettings.class,
                Map.of("spring.application.name", String.valueOf(derived.get("spring.application.name"))));

        assertThat(settings.name()).isEqualTo("merchant-service");
    }

    @Test
    void aServiceWithoutANameDoesNotStart() {
        assertThatThrownBy(() -> SettingsBinding.bind("spring.application", ApplicationSettings.class, Map.of()))
                .isInstanceOf(BindException.class).cause().hasMessageContaining("name");
        assertThatThrownBy(() -> SettingsBinding.bind("spring.application", ApplicationSettings.class, Map.of("spring.application.name", "")))
                .isInstanceOf(BindException.class).cause().hasMessageContaining("name");
    }

    @CitycoopService(name = "merchant-service", port = 8081)
    static final class MerchantLikeService {
    }
}
