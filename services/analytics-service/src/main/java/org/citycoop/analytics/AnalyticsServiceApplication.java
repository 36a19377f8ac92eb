package org.citycoop.analytics;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** analytics-service: read models and rollups behind the economists' dashboards. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "analytics-service", port = 8085)
public class AnalyticsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsServiceApplication.class, args);
    }
}
