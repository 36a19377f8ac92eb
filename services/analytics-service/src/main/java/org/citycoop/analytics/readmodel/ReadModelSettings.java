package org.citycoop.analytics.readmodel;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * What the read model is built from ({@link ReadModelTopics}) and the rate forints are converted at
 * before any was recorded ({@link HufRates}). Neither has a default: analytics-service.yml sets them.
 *
 * @param hufPerEur Forints a euro, only while no EUR/HUF rate was ever recorded (above 0).
 * @param topics The topics the read model is built and rebuilt from, one per consumer.
 */
@Validated
@ConfigurationProperties("citycoop.analytics")
record ReadModelSettings(@NotNull @Positive BigDecimal hufPerEur, @NotNull @Valid Topics topics) {

    /**
     * One topic per consumer of the read model.
     *
     * @param identity The topic of identity-service's events (shoppers' home cities).
     * @param merchants The topic of merchant-service's events (shops).
     * @param vouchers The topic of voucher-service's events (programs, sales, breakage).
     * @param redemptions The topic of redemption-service's events (spending).
     * @param points The topic of points-service's events (points).
     */
    record Topics(@NotBlank String identity, @NotBlank String merchants, @NotBlank String vouchers, @NotBlank String redemptions,
            @NotBlank String points) {
    }
}
