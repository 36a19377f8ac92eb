package org.citycoop.systemtests.uncovered;

import org.citycoop.platform.service.CitycoopService;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service whose author added an endpoint and forgot to say who may call it. */
@SpringBootApplication
@CitycoopService(name = "forgetful-service", port = 0)
class ForgetfulApplication {

    @RestController
    static class PayoutController {
        @PostMapping("/api/payouts")
        String payEveryone() {
            return "paid";
        }
    }
}
