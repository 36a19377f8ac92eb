package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;

class ServiceInfoTest {

    @Test
    void withoutADescriptionTheOpenApiDocumentHasAnEmptyOne() {
        assertThat(SettingsBinding.bind("info.service", ServiceInfo.class, Map.of()).description()).isEmpty();
    }

    @Test
    void aServiceDescribesItself() {
        assertThat(SettingsBinding.bind("info.service", ServiceInfo.class, Map.of("info.service.description", "Merchants and their shops"))
                .description()).isEqualTo("Merchants and their shops");
    }
}
