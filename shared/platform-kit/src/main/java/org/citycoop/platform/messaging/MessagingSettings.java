package org.citycoop.platform.messaging;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code citycoop.messaging.*}: the consumers' retries and their memory of processed events (ADR 5, ADR 23).
 *
 * @param retry how a failing record is tried again before it goes to the dead-letter topic
 * @param processedEvents how long {@code processed_event} keeps an event id, and how it is pruned
 */
@ConfigurationProperties("citycoop.messaging")
@Validated
public record MessagingSettings(@DefaultValue @NotNull @Valid Retry retry, @DefaultValue @NotNull @Valid ProcessedEvents processedEvents) {

    /**
     * Exponential backoff: {@code initialInterval}, times {@code multiplier} each time, at most {@code maxInterval}.
     *
     * @param initialInterval the wait before the first retry
     * @param multiplier the factor between one wait and the next (1 keeps them equal)
     * @param maxInterval the longest wait
     * @param maxAttempts the retries after the first delivery (0: none), then the dead-letter topic
     */
    public record Retry(@DefaultValue("200ms") @NotNull @DurationMin(millis = 1) Duration initialInterval,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration maxInterval,
            @DefaultValue("5") @PositiveOrZero int maxAttempts) {
    }

    /**
     * @param retention a row is deleted once it is this old: twice the broker's 7-day topic retention by default
     * @param pruneInterval the time between two prunes
     * @param pruneInitialDelay the time from the start to the first prune
     * @param pruneBatch the rows one prune transaction deletes at most
     */
    public record ProcessedEvents(@DefaultValue("14d") @NotNull @DurationMin(millis = 1) Duration retention,
            @DefaultValue("1h") @NotNull @DurationMin(millis = 1) Duration pruneInterval,
            @DefaultValue("5m") @NotNull @DurationMin(millis = 0) Duration pruneInitialDelay,
            @DefaultValue("5000") @Positive int pruneBatch) {
    }
}
