package org.citycoop.points.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** On a fresh database, before any shopper asked for a member QR, the key set tills fetch already holds the signing key. */
@ServiceIntegrationTest
@TestPropertySource(properties = "citycoop.test.isolation=member-keys-at-start")
class MemberKeysAtStartIT {

    @LocalServerPort
    int port;

    @Test
    void theKeySetIsNeverEmpty() {
        var keys = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/member-keys", null, "en").body());
        assertThat(keys.get("keys").size()).isEqualTo(1);
        assertThat(keys.get("keys").get(0).get("alg").asString()).isEqualTo("ES256");
    }
}
