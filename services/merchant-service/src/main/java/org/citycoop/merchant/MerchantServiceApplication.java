package org.citycoop.merchant;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** merchant-service: partner cities, merchants, stores, terminals and accepted programs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "merchant-service", port = 8081)
public class MerchantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MerchantServiceApplication.class, args);
    }
}
