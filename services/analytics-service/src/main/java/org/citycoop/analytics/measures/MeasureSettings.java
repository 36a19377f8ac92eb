package org.citycoop.analytics.measures;

import org.citycoop.analytics.measures.decision.Suppression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings the measures share: when a cell is suppressed ({@code citycoop.analytics.min-shoppers}). */
@Configuration(proxyBeanMethods = false)
class MeasureSettings {

    @Bean
    Suppression suppression(@Value("${citycoop.analytics.min-shoppers}") int minShoppers) {
        return new Suppression(minShoppers);
    }
}
