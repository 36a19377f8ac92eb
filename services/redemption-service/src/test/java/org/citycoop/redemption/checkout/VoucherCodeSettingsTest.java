package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The code hash key has no default: it must be given, in base64. */
class VoucherCodeSettingsTest {

    @Test
    void withoutAHashKeyTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> bind(VoucherCodeSettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher-codes").contains("hashKey").contains("must not be blank"));
    }

    @Test
    void theKeyIsTakenFromBase64() {
        VoucherCodeSettings settings = bind(VoucherCodeSettings.class,
                Map.of("citycoop.voucher-codes.hash-key", "bG9jYWwtZGV2ZWxvcG1lbnQtaGFzaC1rZXktMzJieXQ="));
        assertThat(new String(settings.hashKeyBytes(), StandardCharsets.US_ASCII)).isEqualTo("local-development-hash-key-32byt");
    }

    @Test
    void aKeyThatIsNotBase64StopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(VoucherCodeSettings.class, Map.of("citycoop.voucher-codes.hash-key", "feldbach-bakery!")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher-codes.hash-key is not base64"));
    }
}
