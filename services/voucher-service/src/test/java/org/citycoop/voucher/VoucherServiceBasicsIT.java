package org.citycoop.voucher;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;

/** voucher-service starts on real PostgreSQL and Kafka, migrates its database and serves health, metrics and OpenAPI. */
@ServiceIntegrationTest
class VoucherServiceBasicsIT extends ServiceBasics {
}
