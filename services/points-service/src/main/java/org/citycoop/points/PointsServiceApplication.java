package org.citycoop.points;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** points-service: loyalty accounts, the points ledger, accrual rules and campaigns, rewards. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "points-service", port = 8084)
public class PointsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PointsServiceApplication.class, args);
    }
}
