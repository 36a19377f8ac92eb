package org.citycoop.voucher.codes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The key voucher codes are hashed with ({@link CodeVault#hash}), shared with redemption-service,
 * which looks codes up the same way (ADR 23: a development value outside the profile local is refused).
 *
 * @param hashKey The HMAC-SHA256 key, 32 random bytes in base64, the same value as redemption-service's.
 */
@Validated
@ConfigurationProperties("citycoop.voucher-codes")
record VoucherCodeSettings(@NotBlank String hashKey) {
}
