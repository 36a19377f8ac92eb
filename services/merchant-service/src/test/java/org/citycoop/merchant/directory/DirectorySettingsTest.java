package org.citycoop.merchant.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** citycoop.directory.*: how the directory searches a program's acceptors. */
class DirectorySettingsTest {

    @Test
    void aProgramWithUpTo5000AcceptorsIsSearchedFromThemByDefault() {
        assertThat(BoundSettings.bind(DirectorySettings.class, Map.of()).fewAcceptors()).isEqualTo(5000);
    }

    @Test
    void theThresholdIsSet() {
        assertThat(BoundSettings.bind(DirectorySettings.class, Map.of("citycoop.directory.few-acceptors", "1000"))
                .fewAcceptors()).isEqualTo(1000);
        assertThat(BoundSettings.bind(DirectorySettings.class, Map.of("citycoop.directory.few-acceptors", "0"))
                .fewAcceptors()).isZero();
    }

    @Test
    void aNegativeThresholdStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class)
                .isThrownBy(() -> BoundSettings.bind(DirectorySettings.class, Map.of("citycoop.directory.few-acceptors", "-1")))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("few-acceptors").contains("greater than or equal to 0"));
    }

    @Test
    void aNegativeThresholdStopsTheServiceFromStarting() {
        new ApplicationContextRunner().withUserConfiguration(Registered.class).withPropertyValues("citycoop.directory.few-acceptors=-1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("few-acceptors").hasMessageContaining("greater than or equal to 0"));
    }

    @EnableConfigurationProperties(DirectorySettings.class)
    static class Registered {
    }
}
