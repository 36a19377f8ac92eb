package org.citycoop.systemtests.uncovered;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;

/** An endpoint without an access rule stops the service at start, so it can never ship unprotected. */
class UncoveredEndpointIT {

    @Test
    void aServiceWithAnEndpointThatNoRuleCoversDoesNotStart() {
        assertThatThrownBy(() -> RunningService.start(ForgetfulApplication.class, "forgetful-service", Map.of()).close())
                .hasStackTraceContaining("Endpoints without an access rule")
                .hasStackTraceContaining("POST /api/payouts");
    }
}
