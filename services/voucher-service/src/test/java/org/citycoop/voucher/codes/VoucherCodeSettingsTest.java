package org.citycoop.voucher.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The code hash key has no default (voucher-service.yml carries the development one) and is 32 bytes. */
class VoucherCodeSettingsTest {

    private static final String HASH_KEY = "q1o0sWl3a2iS0z8rVb3Xw9mC5YJx1v6dTq0r2Yf3n4E=";
    private static final CodeSealSettings SEAL = new CodeSealSettings("Zm9yLXJlYWwtdXNlLW9ubHktbm90LWEtZGV2LWtleSE=", "local-development");

    @Test
    void withoutAHashKeyTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> bind(VoucherCodeSettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher-codes").contains("hashKey").contains("must not be blank"));
    }

    @Test
    void theSetKeyIsTheOneCodesAreHashedWith() {
        VoucherCodeSettings codes = bind(VoucherCodeSettings.class, Map.of("citycoop.voucher-codes.hash-key", HASH_KEY));
        assertThat(codes.hashKey()).isEqualTo(HASH_KEY);
        org.citycoop.contracts.voucher.VoucherCode code = org.citycoop.contracts.voucher.VoucherCode.generate();
        assertThat(new CodeVault(codes, SEAL).hash(code)).isEqualTo(code.keyedHash(java.util.Base64.getDecoder().decode(HASH_KEY)));
    }

    @Test
    void aBlankKeyStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(VoucherCodeSettings.class, Map.of("citycoop.voucher-codes.hash-key", " ")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher-codes.hash-key"));
    }

    @Test
    void aKeyThatIsNot32BytesStopsTheStartNamingTheSetting() {
        VoucherCodeSettings shortKey = bind(VoucherCodeSettings.class, Map.of("citycoop.voucher-codes.hash-key", "RmVsZGJhY2g="));
        assertThatThrownBy(() -> new CodeVault(shortKey, SEAL)).hasMessage("citycoop.voucher-codes.hash-key must be 32 bytes in base64, not 8");
    }
}
