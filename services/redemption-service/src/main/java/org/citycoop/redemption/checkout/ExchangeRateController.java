package org.citycoop.redemption.checkout;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The EUR/HUF reference rate (forints per euro) for vouchers spent across the Hungarian border: read by staff, set by operators. */
@RestController
class ExchangeRateController {

    record Rate(String pair, BigDecimal rate, Instant updatedAt, String updatedBy) {
    }

    record SetRate(@Nullable BigDecimal rate) {
    }

    private final JdbcClient jdbc;

    ExchangeRateController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/exchange-rates/EUR-HUF")
    Rate rate() {
        return jdbc.sql("SELECT pair, rate, updated_at, updated_by FROM exchange_rate WHERE pair = 'EUR/HUF'").query(Rate.class).single();
    }

    @PutMapping("/api/exchange-rates/EUR-HUF")
    Rate set(@RequestBody SetRate request) {
        if (request.rate() == null || request.rate().signum() <= 0 || request.rate().compareTo(BigDecimal.valueOf(100_000)) >= 0
                || request.rate().stripTrailingZeros().scale() > 6) {
            throw RequestRejected.invalid(List.of(new Violation("rate", "checkout.rate")));
        }
        jdbc.sql("UPDATE exchange_rate SET rate = :rate, updated_at = now(), updated_by = :by WHERE pair = 'EUR/HUF'").param("rate", request.rate())
                .param("by", Caller.current().orElseThrow().subject()).update();
        return rate();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules exchangeRateRules() {
            return EndpointRules.builder()
                    .roles(GET, "/api/exchange-rates/EUR-HUF", Role.OPERATOR, Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL, Role.ECONOMIST)
                    .roles(PUT, "/api/exchange-rates/EUR-HUF", Role.OPERATOR)
                    .build();
        }
    }
}
