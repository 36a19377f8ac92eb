package org.citycoop.merchant;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;

/** merchant-service starts on real PostgreSQL and Kafka, migrates its database and serves health, metrics and OpenAPI. */
@ServiceIntegrationTest
class MerchantServiceBasicsIT extends ServiceBasics {
}
