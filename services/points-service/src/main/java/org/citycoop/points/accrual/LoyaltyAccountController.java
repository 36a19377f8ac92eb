package org.citycoop.points.accrual;

import static org.springframework.http.HttpMethod.GET;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/loyalty-account} (shoppers): the points balance and the latest purchases that earned points, each with why. */
@RestController
class LoyaltyAccountController {

    record Earned(UUID purchaseId, String cityCode, long points, List<PointsAccrued.Reason> reasons, Instant purchasedAt) {
    }

    record Account(UUID shopperId, long balance, List<Earned> latest) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final org.citycoop.points.ledger.Ledger ledger;

    LoyaltyAccountController(JdbcClient jdbc, JsonMapper json, org.citycoop.points.ledger.Ledger ledger) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
    }

    @GetMapping("/api/loyalty-account")
    Account account() {
        UUID shopper = UUID.fromString(Caller.current().orElseThrow().subject());
        long balance = ledger.balance(shopper);
        record Row(UUID purchaseId, String cityCode, long points, String reasons, Instant purchasedAt) {
        }
        List<Earned> latest = jdbc.sql("""
                SELECT purchase_id, city_code, points, reasons::text AS reasons, purchased_at FROM accrual WHERE shopper_id = :s
                ORDER BY purchased_at DESC LIMIT 20""").param("s", shopper).query(Row.class).list().stream()
                .map(row -> new Earned(row.purchaseId(), row.cityCode(), row.points(),
                        json.readValue(row.reasons(), new TypeReference<List<PointsAccrued.Reason>>() { }), row.purchasedAt()))
                .toList();
        return new Account(shopper, balance, latest);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules loyaltyAccountRules() {
            return EndpointRules.builder().roles(GET, "/api/loyalty-account", Role.SHOPPER).build();
        }
    }
}
