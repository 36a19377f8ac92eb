package org.citycoop.merchant.acceptance;

import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.platform.demo.DemoIds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Demo data across two services: the demo merchants in a covered city opt in to voucher-service's demo
 * programs. A program usually arrives as an event after this service's demo merchants exist, and they
 * opt in then (in the consumer's transaction); when its event came first (a broker that already holds
 * it from an earlier start), they opt in as a demo data set of their own once they exist. Opting in
 * twice changes nothing. Only with {@code citycoop.demo-data.enabled}.
 */
@Component
@ConditionalOnBooleanProperty("citycoop.demo-data.enabled")
@org.springframework.core.annotation.Order(30)
@RequiredArgsConstructor
class DemoAcceptances implements org.citycoop.platform.demo.DemoDataSet {

    private static final List<String> DEMO_PROGRAMS = List.of("Feldbach city voucher", "Ptuj voucher (Ptuj, Ormož, Lenart)", "Lenti voucher",
            "City Cooperation regional voucher");

    private final JdbcClient jdbc;
    private final Acceptances acceptances;

    void programActivated(ProgramActivated event) {
        if (DEMO_PROGRAMS.stream().map(DemoIds::program).noneMatch(event.programId()::equals)) {
            return;
        }
        optIn(event.programId(), event.cityCodes());
    }

    @Override
    public String name() {
        return "merchant-service/demo-acceptances";
    }

    /** The demo programs known before the demo merchants existed. */
    @Override
    public String load() {
        record Known(UUID id, String[] cityCodes) {
        }
        List<Known> known = jdbc.sql("SELECT id, city_codes FROM program WHERE status = 'ACTIVE' AND id IN (:ids)")
                .param("ids", DEMO_PROGRAMS.stream().map(DemoIds::program).toList())
                .query((row, n) -> new Known(row.getObject("id", UUID.class), (String[]) row.getArray("city_codes").getArray())).list();
        known.forEach(program -> optIn(program.id(), List.of(program.cityCodes())));
        return known.size() + " demo programs already known, accepted by the demo merchants they cover";
    }

    private void optIn(UUID program, List<String> cities) {
        record Shop(UUID id, String tradingName, String cityCode) {
        }
        jdbc.sql("SELECT id, trading_name, city_code FROM merchant WHERE status = 'ACTIVE' AND city_code IN (:cities)")
                .param("cities", cities).query(Shop.class).list().stream()
                .filter(shop -> shop.id().equals(DemoIds.merchant(shop.tradingName())))
                .forEach(shop -> acceptances.accept(shop.id(), program));
    }
}
