package org.citycoop.systemtests.retry;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service whose only consumer fails on purpose, to show what the platform kit does with failures. */
@SpringBootApplication
@CitycoopService(name = "flaky-consumer", port = 0)
class FlakyConsumerApplication {
}
