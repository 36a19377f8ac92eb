package org.citycoop.points.accrual;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.points.ledger.Movements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/loyalty-account} (shoppers): the points balance, the latest purchases that earned points, each with why,
 * and the account's latest movements line by line (accruals, reversals by refunds, conversions, expiries) with
 * {@code earlier}, the sum of the older ones: {@code earlier} + the movements' points = the balance.
 */
@RestController
@RequiredArgsConstructor
class LoyaltyAccountController {

    record Earned(UUID purchaseId, String cityCode, long points, List<PointsAccrued.Reason> reasons, Instant purchasedAt) {
    }

    record Account(UUID shopperId, long balance, List<Earned> latest, List<Movements.Movement> movements, long earlier) {
    }

    /** How many ledger lines the account shows; older ones are summed up in {@code earlier}. */
    static final int MOVEMENTS_SHOWN = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Movements movements;

    @Roles(Role.SHOPPER)
    @GetMapping("/api/loyalty-account")
    Account account() {
        UUID shopper = UUID.fromString(Caller.current().orElseThrow().subject());
        Movements.History history = movements.of(shopper, MOVEMENTS_SHOWN);
        record Row(UUID purchaseId, String cityCode, long points, String reasons, Instant purchasedAt) {
        }
        List<Earned> latest = jdbc.sql("""
                SELECT purchase_id, city_code, points, reasons::text AS reasons, purchased_at FROM accrual WHERE shopper_id = :s
                ORDER BY purchased_at DESC LIMIT 20""").param("s", shopper).query(Row.class).list().stream()
                .map(row -> new Earned(row.purchaseId(), row.cityCode(), row.points(),
                        json.readValue(row.reasons(), new TypeReference<List<PointsAccrued.Reason>>() { }), row.purchasedAt()))
                .toList();
        return new Account(shopper, history.balance(), latest, history.lines(), history.earlier());
    }
}
