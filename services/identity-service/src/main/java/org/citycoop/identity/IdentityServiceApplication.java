package org.citycoop.identity;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** identity-service: accounts, roles, OAuth2 clients and terminal credentials (authorization server, issue 3). */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "identity-service", port = 9000)
public class IdentityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServiceApplication.class, args);
    }
}
