package org.citycoop.platform.events;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * {@code citycoop.outbox.*}: how the outbox sends again what Kafka did not acknowledge.
 *
 * @param resubmitAfter a publication still incomplete this long after it was published is sent again
 * @param resubmitInterval how often the resubmission looks (also its first look after the start)
 */
@ConfigurationProperties("citycoop.outbox")
@Validated
public record OutboxSettings(@DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration resubmitAfter,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration resubmitInterval) {
}
