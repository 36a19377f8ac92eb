package org.citycoop.platform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import lombok.RequiredArgsConstructor;

/** Loads each {@link DemoDataSet} that this database has not seen yet, once. */
@RequiredArgsConstructor
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataSet> sets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        for (DemoDataSet set : sets) {
            String summary = transactions.execute(status -> {
                // the insert claims the set first, so two instances starting together load it once
                int claimed = jdbc.sql("INSERT INTO demo_data_set (name) VALUES (:name) ON CONFLICT DO NOTHING")
                        .param("name", set.name()).update();
                return claimed == 0 ? null : set.load();
            });
            if (summary == null) {
                LOG.info("Demo data set '{}' was loaded before", set.name());
            } else {
                LOG.info("Demo data set '{}' loaded: {}", set.name(), summary);
            }
        }
    }
}
