package org.citycoop.redemption.checkout;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The demo's settled past weeks ({@link DemoSettledWeeks}); whether demo data is loaded at all is the
 * platform's {@code citycoop.demo-data.enabled}.
 *
 * @param settledWeeksWait How long after start the settled weeks wait for the other services' events they need (shops, vouchers); then the next start tries again.
 */
@Validated
@ConfigurationProperties("citycoop.demo-data")
record DemoSettledWeeksSettings(@DefaultValue("PT10M") @NotNull @DurationMin(inclusive = false) Duration settledWeeksWait) {
}
