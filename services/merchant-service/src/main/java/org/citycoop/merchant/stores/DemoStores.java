package org.citycoop.merchant.stores;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** Each demo merchant gets a store at its seat, and the Feldbach bakery a till terminal (whose credentials identity-service's demo data holds). */
@Component
@Order(20)
@RequiredArgsConstructor
class DemoStores implements DemoDataSet {

    private record Seat(UUID id, String tradingName, String street, String postalCode, String cityCode, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final Terminals terminals;

    @Override
    public String name() {
        return "merchant-service/demo-stores";
    }

    @Override
    public String load() {
        List<Seat> demo = jdbc.sql("SELECT id, trading_name, street, postal_code, city_code, latitude, longitude FROM merchant WHERE status = 'ACTIVE'")
                .query(Seat.class).list().stream().filter(seat -> seat.id().equals(DemoIds.merchant(seat.tradingName()))).toList();
        for (Seat seat : demo) {
            stores.open(seat.id(), new Stores.OpenStore(seat.tradingName(), seat.street(), seat.postalCode(), seat.cityCode(), seat.latitude(),
                    seat.longitude()), DemoIds.store(seat.tradingName()));
        }
        UUID fasching = DemoIds.merchant("Bäckerei Fasching");
        terminals.register(fasching, DemoIds.store("Bäckerei Fasching"), new Terminals.RegisterTerminal(DemoIds.FASCHING_TERMINAL, Terminals.Kind.POS),
                DemoIds.terminal(DemoIds.FASCHING_TERMINAL));
        return demo.size() + " stores, 1 terminal";
    }
}
