package org.citycoop.identity.signin;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the sign-in form locks an account ({@code citycoop.identity.lockout.*}).
 *
 * @param maxFailures Failed sign-ins in a row that lock the account; at least 1.
 * @param duration    How long the account stays locked; at least one second (the lock is counted in whole seconds).
 */
@ConfigurationProperties("citycoop.identity.lockout")
@Validated
public record LockoutSettings(@DefaultValue("5") @Positive int maxFailures, @DefaultValue("15m") @DurationMin(seconds = 1) Duration duration) {
}
