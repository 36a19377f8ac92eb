package org.citycoop.redemption.checkout;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How long a shop may give money back: a redemption ({@link Reversals}) or a purchase ({@link PurchaseRefunds}).
 *
 * @param reversalWindow How long after a redemption or a purchase it may still be reversed or refunded.
 */
@Validated
@ConfigurationProperties("citycoop.checkout")
record ReversalSettings(@DefaultValue("P14D") @NotNull @DurationMin(inclusive = false) Duration reversalWindow) {
}
