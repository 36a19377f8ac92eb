package org.citycoop.platform.demo;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Turns demo data loading on with {@code citycoop.demo-data.enabled=true} (set by {@code ./citycoop up}). */
@AutoConfiguration
@ConditionalOnBooleanProperty("citycoop.demo-data.enabled")
public class DemoDataConfiguration {

    @Bean
    DemoDataLoader demoDataLoader(List<DemoDataSet> sets, JdbcClient jdbc, TransactionTemplate transactions) {
        return new DemoDataLoader(sets, jdbc, transactions);
    }
}
