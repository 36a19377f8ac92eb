package org.citycoop.points.expiry;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * When points expire ({@link PointsExpiry}). How often the job looks is {@code citycoop.points.expiry.interval},
 * read by its schedule.
 *
 * @param expireAfter Points expire this long after the purchase that earned them, oldest first (more than nothing).
 * @param expiry The expiry job.
 */
@Validated
@ConfigurationProperties("citycoop.points")
record PointsExpirySettings(@NotNull Period expireAfter, @DefaultValue @NotNull @Valid Expiry expiry) {

    PointsExpirySettings {
        if (expireAfter != null && (expireAfter.isNegative() || expireAfter.isZero())) {
            throw new IllegalArgumentException("citycoop.points.expire-after must be a period of more than nothing, not " + expireAfter);
        }
    }

    /**
     * The expiry job.
     *
     * @param enabled Whether the job expires points; off, points never expire (the tests that move the clock turn it off).
     */
    record Expiry(@DefaultValue("true") boolean enabled) {
    }
}
