package org.citycoop.voucher.codes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The key codes are sealed with so their holders can be shown them again ({@link CodeVault#seal}), and
 * how the development keys are recognised (ADR 23: outside the profile local they are refused).
 *
 * @param codeSealKey The AES-256-GCM key, 32 random bytes in base64.
 * @param localKeysMarker Text the committed development keys contain: with such a key the service warns at start.
 */
@Validated
@ConfigurationProperties("citycoop.voucher")
record CodeSealSettings(@NotBlank String codeSealKey, @DefaultValue("local-development") @NotBlank String localKeysMarker) {
}
