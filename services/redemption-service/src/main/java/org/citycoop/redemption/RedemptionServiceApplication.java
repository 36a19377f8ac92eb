package org.citycoop.redemption;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** redemption-service: spendable voucher balances, checkout transactions, idempotency keys, settlement. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "redemption-service", port = 8083)
public class RedemptionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedemptionServiceApplication.class, args);
    }
}
