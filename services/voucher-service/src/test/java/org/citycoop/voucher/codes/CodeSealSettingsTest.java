package org.citycoop.voucher.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.junit.jupiter.api.Test;

/** The code seal key has no default (voucher-service.yml carries the development one); the development keys' marker has. */
class CodeSealSettingsTest {

    private static final String SEAL_KEY = "Zm9yLXJlYWwtdXNlLW9ubHktbm90LWEtZGV2LWtleSE=";
    private static final VoucherCodeSettings CODES = new VoucherCodeSettings("q1o0sWl3a2iS0z8rVb3Xw9mC5YJx1v6dTq0r2Yf3n4E=");

    @Test
    void withoutASealKeyTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> bind(CodeSealSettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher").contains("codeSealKey").contains("must not be blank"));
    }

    @Test
    void theSetKeySealsCodesAndTheMarkerIsTheDevelopmentKeysOneUnlessSet() {
        CodeSealSettings seal = bind(CodeSealSettings.class, Map.of("citycoop.voucher.code-seal-key", SEAL_KEY));
        assertThat(seal.codeSealKey()).isEqualTo(SEAL_KEY);
        assertThat(seal.localKeysMarker()).isEqualTo("local-development");
        CodeVault vault = new CodeVault(CODES, seal);
        VoucherCode code = VoucherCode.generate();
        UUID voucher = UUID.randomUUID();
        assertThat(vault.unseal(vault.seal(code, voucher), voucher)).isEqualTo(code);
        assertThat(bind(CodeSealSettings.class, Map.of("citycoop.voucher.code-seal-key", SEAL_KEY, "citycoop.voucher.local-keys-marker", "dev-only"))
                .localKeysMarker()).isEqualTo("dev-only");
    }

    @Test
    void aBlankKeyOrMarkerStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(CodeSealSettings.class, Map.of("citycoop.voucher.code-seal-key", " ")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher.code-seal-key"));
        assertThatThrownBy(() -> bind(CodeSealSettings.class, Map.of("citycoop.voucher.code-seal-key", SEAL_KEY, "citycoop.voucher.local-keys-marker", " ")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher.local-keys-marker"));
    }
}
