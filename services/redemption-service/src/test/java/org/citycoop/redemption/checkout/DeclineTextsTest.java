package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.citycoop.redemption.checkout.decision.Decline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every decline reason has its title and text in the four languages the tills speak: a new reason cannot ship without them. */
class DeclineTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_sl", "_hu"})
    void everyDeclineHasATitleAndADetail(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/redemption-service/messages" + language + ".properties")) {
            assertThat(in).as("messages" + language).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Decline reason : Decline.values()) {
            assertThat(texts.getProperty("decline." + reason + ".title")).as(reason + " title" + language).isNotBlank();
            assertThat(texts.getProperty("decline." + reason + ".detail")).as(reason + " detail" + language).isNotBlank();
        }
    }
}
