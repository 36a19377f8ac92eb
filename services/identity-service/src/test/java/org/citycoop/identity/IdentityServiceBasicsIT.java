package org.citycoop.identity;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;

/** identity-service starts on real PostgreSQL and Kafka, migrates its database and serves health, metrics and OpenAPI. */
@ServiceIntegrationTest
class IdentityServiceBasicsIT extends ServiceBasics {
}
