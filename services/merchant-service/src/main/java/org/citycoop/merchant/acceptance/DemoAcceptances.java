package org.citycoop.merchant.acceptance;

import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.platform.demo.DemoIds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data across two services: voucher-service's demo programs arrive as events after this
 * service's demo merchants exist, so the demo merchants in a covered city opt in as each demo program
 * arrives (in the consumer's transaction, so exactly once). Only with {@code citycoop.demo-data.enabled}.
 */
@Component
@ConditionalOnBooleanProperty("citycoop.demo-data.enabled")
class DemoAcceptances {

    private static final List<String> DEMO_PROGRAMS = List.of("Feldbach city voucher", "Ptuj voucher (Ptuj, Ormož, Lenart)", "Lenti voucher",
            "City Cooperation regional voucher");

    private final JdbcClient jdbc;
    private final Acceptances acceptances;

    DemoAcceptances(JdbcClient jdbc, Acceptances acceptances) {
        this.jdbc = jdbc;
        this.acceptances = acceptances;
    }

    void programActivated(ProgramActivated event) {
        if (DEMO_PROGRAMS.stream().map(DemoIds::program).noneMatch(event.programId()::equals)) {
            return;
        }
        record Shop(UUID id, String tradingName, String cityCode) {
        }
        jdbc.sql("SELECT id, trading_name, city_code FROM merchant WHERE status = 'ACTIVE' AND city_code IN (:cities)")
                .param("cities", event.cityCodes()).query(Shop.class).list().stream()
                .filter(shop -> shop.id().equals(DemoIds.merchant(shop.tradingName())))
                .forEach(shop -> acceptances.accept(shop.id(), event.programId()));
    }
}
