package org.citycoop.voucher.lifecycle;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The limits on claiming vouchers by code ({@link ClaimThrottle}).
 *
 * @param unknownCodes How many unknown codes an account and an address may try.
 * @param maxKeys Accounts and addresses each limit keeps track of at most (idle ones are forgotten first).
 */
@Validated
@ConfigurationProperties("citycoop.wallet.claims")
record ClaimThrottleSettings(@DefaultValue @NotNull @Valid UnknownCodes unknownCodes, @DefaultValue("100000") @Positive long maxKeys) {

    /**
     * Unknown codes per window; the one too many refuses claims until the window turns.
     *
     * @param perAccount Unknown codes one account may try within the window.
     * @param perAddress Unknown codes one address (an IPv6 /64 network) may try within the window.
     * @param window The window the unknown codes are counted in.
     */
    record UnknownCodes(@DefaultValue("10") @Positive long perAccount, @DefaultValue("30") @Positive long perAddress,
            @DefaultValue("PT15M") @NotNull @DurationMin(inclusive = false) Duration window) {
    }
}
