package org.citycoop.redemption;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;

/** redemption-service starts on real PostgreSQL and Kafka, migrates its database and serves health, metrics and OpenAPI. */
@ServiceIntegrationTest
class RedemptionServiceBasicsIT extends ServiceBasics {
}
