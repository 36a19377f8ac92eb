package org.citycoop.redemption.checkout.throttling;

import java.util.List;

import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Operators: terminals throttled now after repeated unknown codes. */
@RestController
@RequiredArgsConstructor
class ThrottledTerminalsController {

    private final TillThrottle throttle;

    @GetMapping("/api/throttled-terminals")
    List<TillThrottle.ThrottledTerminal> throttled() {
        return throttle.throttled();
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules throttledTerminalRules() {
            return EndpointRules.builder().roles(HttpMethod.GET, "/api/throttled-terminals", Role.OPERATOR).build();
        }
    }
}
