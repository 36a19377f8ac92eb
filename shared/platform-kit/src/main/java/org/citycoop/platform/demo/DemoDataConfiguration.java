package org.citycoop.platform.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns demo data loading on with {@code citycoop.demo-data.enabled=true} (set by {@code ./citycoop up}),
 * and with it the {@code demo} entry of /actuator/info made of the service's {@link DemoFigures}.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("citycoop.demo-data.enabled")
public class DemoDataConfiguration {

    @Bean
    DemoDataLoader demoDataLoader(List<DemoDataSet> sets, JdbcClient jdbc, TransactionTemplate transactions) {
        return new DemoDataLoader(sets, jdbc, transactions);
    }

    @Bean
    InfoContributor demoInfoContributor(List<DemoFigures> figures, JdbcClient jdbc) {
        return info -> {
            if (!figures.isEmpty()) {
                Map<String, Object> demo = new LinkedHashMap<>();
                figures.forEach(f -> demo.putAll(f.figures(jdbc)));
                info.withDetail("demo", demo);
            }
        };
    }
}
