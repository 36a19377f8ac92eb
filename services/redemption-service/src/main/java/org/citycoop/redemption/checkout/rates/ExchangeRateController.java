package org.citycoop.redemption.checkout.rates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The EUR/HUF reference rate (forints per euro) for vouchers spent across the Hungarian border: read by
 * staff, set by operators within a plausible band ({@code citycoop.exchange-rate.eur-huf.lowest}/{@code highest},
 * 250–600), and more than {@code confirm-above-percent} (10 %) away from the current rate only with
 * {@code "confirm": true}.
 */
@RestController
class ExchangeRateController {

    record Rate(String pair, BigDecimal rate, Instant updatedAt, String updatedBy) {
    }

    record SetRate(@Nullable BigDecimal rate, @Nullable Boolean confirm) {
    }

    private final JdbcClient jdbc;
    private final ExchangeRateBounds bounds;

    ExchangeRateController(JdbcClient jdbc, ExchangeRateBandSettings band) {
        this.jdbc = jdbc;
        this.bounds = band.bounds();
    }

    @Roles({Role.OPERATOR, Role.MERCHANT_OWNER, Role.CASHIER, Role.TERMINAL, Role.ECONOMIST})
    @GetMapping("/api/exchange-rates/EUR-HUF")
    Rate rate() {
        return jdbc.sql("SELECT pair, rate, updated_at, updated_by FROM exchange_rate WHERE pair = 'EUR/HUF'").query(Rate.class).single();
    }

    @Roles(Role.OPERATOR)
    @PutMapping("/api/exchange-rates/EUR-HUF")
    @Transactional
    Rate set(@RequestBody SetRate request) {
        BigDecimal current = jdbc.sql("SELECT rate FROM exchange_rate WHERE pair = 'EUR/HUF' FOR UPDATE").query(BigDecimal.class).optional().orElse(null);
        switch (bounds.check(request.rate(), current, Boolean.TRUE.equals(request.confirm()))) {
            case ExchangeRateBounds.Accepted accepted -> {
            }
            case ExchangeRateBounds.Malformed malformed -> throw RequestRejected.invalid(List.of(new Violation("rate", "checkout.rate")));
            case ExchangeRateBounds.OutsideBand band -> throw RequestRejected.invalid(List.of(new Violation("rate", "checkout.rate-band",
                    band.lowest().toPlainString(), band.highest().toPlainString())));
            case ExchangeRateBounds.NeedsConfirmation jump -> throw new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "rate-change-unconfirmed",
                    List.of(new Violation("confirm", "checkout.rate-confirm", jump.thresholdPercent().toPlainString(), jump.current().stripTrailingZeros()
                            .toPlainString())),
                    request.rate().toPlainString(), jump.current().stripTrailingZeros().toPlainString(), jump.changePercent().toPlainString(),
                    jump.thresholdPercent().toPlainString());
        }
        jdbc.sql("UPDATE exchange_rate SET rate = :rate, updated_at = now(), updated_by = :by WHERE pair = 'EUR/HUF'").param("rate", request.rate())
                .param("by", Caller.current().orElseThrow().subject()).update();
        return rate();
    }
}
