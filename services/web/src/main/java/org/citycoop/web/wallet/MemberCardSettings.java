package org.citycoop.web.wallet;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The rotating member QR ({@code citycoop.web.member-card.*}).
 *
 * @param renewBefore The page fetches the next member code this long before the one shown runs out (codes live
 *                    citycoop.points.member-token-lifetime, 60 s by default); at least one second.
 */
@ConfigurationProperties("citycoop.web.member-card")
@Validated
public record MemberCardSettings(@NotNull @DurationMin(seconds = 1) Duration renewBefore) {
}
