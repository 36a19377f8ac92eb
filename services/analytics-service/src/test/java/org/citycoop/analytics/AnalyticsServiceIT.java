package org.citycoop.analytics;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ConditionFactory;
import org.citycoop.analytics.readmodel.Rollups;
import org.citycoop.testsupport.ServiceUnderTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What analytics-service's ITs share: the rollups, the read model's rows, and the patience its consumers need. */
public abstract class AnalyticsServiceIT extends ServiceUnderTest {

    @Autowired
    protected Rollups rollups;

    /** How many rows a table of the read model holds. */
    protected long rows(String table) {
        return count("SELECT count(*) FROM " + table);
    }

    /** How many events the service's consumers have processed (and would skip if they came again). */
    protected long processed() {
        return count("SELECT count(*) FROM processed_event WHERE consumer LIKE 'analytics-service.%'");
    }

    /** Up to a minute, looking every 200 ms: what events on the broker need to reach the read model and its rollups. */
    protected static ConditionFactory eventually() {
        return await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200));
    }
}
