package org.citycoop.web;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** web: the web front: a backend-for-frontend holding sessions, UI for shoppers, merchants, economists and operators. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "web", port = 8080)
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
