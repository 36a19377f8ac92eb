package org.citycoop.redemption.checkout;

import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The key voucher codes are looked up by: a code's HMAC-SHA256 under it is what the balances are kept
 * under, the same as voucher-service's (ADR 23: a development value outside the profile local is refused).
 *
 * @param hashKey The HMAC-SHA256 key, in base64 (32 random bytes), the same value as voucher-service's.
 */
@Validated
@ConfigurationProperties("citycoop.voucher-codes")
record VoucherCodeSettings(@NotBlank String hashKey) {

    VoucherCodeSettings {
        if (hashKey != null) {
            try {
                Base64.getDecoder().decode(hashKey);
            } catch (IllegalArgumentException e) {
                // not chained: a failed start reports the root cause, and this one names the property
                throw new IllegalArgumentException("citycoop.voucher-codes.hash-key is not base64: " + e.getMessage());
            }
        }
    }

    /** The key's bytes. */
    byte[] hashKeyBytes() {
        return Base64.getDecoder().decode(hashKey);
    }
}
