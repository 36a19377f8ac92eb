package org.citycoop.analytics.measures;

import org.citycoop.analytics.measures.decision.Suppression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The settings the measures share: when a cell is suppressed ({@link Suppression}).
 *
 * @param minShoppers A cell of a measure that counts fewer distinct shoppers than this shows no figures (at least 1).
 */
@Validated
@ConfigurationProperties("citycoop.analytics")
record MeasureSettings(@NotNull @Positive Integer minShoppers) {

    Suppression suppression() {
        return new Suppression(minShoppers);
    }

    /** The suppression every measure applies. */
    @Configuration(proxyBeanMethods = false)
    static class Suppressions {

        @Bean
        Suppression suppression(MeasureSettings settings) {
            return settings.suppression();
        }
    }
}
