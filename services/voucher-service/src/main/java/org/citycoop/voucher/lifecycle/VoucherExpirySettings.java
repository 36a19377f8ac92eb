package org.citycoop.voucher.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * How the expiry job works through due vouchers ({@link ExpiryJob}). Whether it runs
 * ({@code citycoop.voucher.expiry.enabled}) and how often ({@code .interval}, {@code .initial-delay}) are
 * read by the job's condition and schedule.
 *
 * @param batch Vouchers expired in one transaction (at least 1).
 */
@Validated
@ConfigurationProperties("citycoop.voucher.expiry")
record VoucherExpirySettings(@DefaultValue("500") @Positive int batch) {
}
