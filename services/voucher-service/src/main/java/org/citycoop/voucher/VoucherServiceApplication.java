package org.citycoop.voucher;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** voucher-service: voucher programs, issuance, codes and QR, the shopper's wallet view, expiry. */
@SpringBootApplication
@ConfigurationPropertiesScan
@CitycoopService(name = "voucher-service", port = 8082)
public class VoucherServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VoucherServiceApplication.class, args);
    }
}
