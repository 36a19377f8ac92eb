package org.citycoop.analytics;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;

/** analytics-service starts on real PostgreSQL and Kafka, migrates its database and serves health, metrics and OpenAPI. */
@ServiceIntegrationTest
class AnalyticsServiceBasicsIT extends ServiceBasics {
}
