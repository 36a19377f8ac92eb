package org.citycoop.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code citycoop.web.*}: the HTTP limits every service applies.
 *
 * @param maxRequestSize request bodies above this are refused with 413 (multipart uploads: {@code spring.servlet.multipart.*})
 * @param shedAt writes are answered 503 while the outbox senders' queue is this full (a share of its capacity, above 0, at most 1)
 */
@ConfigurationProperties("citycoop.web")
@Validated
public record WebSettings(@DefaultValue("1MB") @NotNull DataSize maxRequestSize, @DefaultValue("0.9") @Positive @DecimalMax("1.0") double shedAt) {

    /** A limit of zero bytes would refuse every body. */
    @AssertTrue(message = "max-request-size must be positive")
    boolean isMaxRequestSizePositive() {
        return maxRequestSize == null || maxRequestSize.toBytes() > 0;
    }
}
