package org.citycoop.redemption.checkout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shop fixture for tests in other packages. */
public final class ShopFixtures {

    /** A Feldbach bakery with a store accepting a Feldbach program, known to redemption-service. */
    public static Shop feldbachBakery(JdbcClient jdbc, String hashKey) {
        return new Shop(new ShopFixture(jdbc, hashKey));
    }

    private ShopFixtures() {
    }

    /** The fixture's public face. */
    public static final class Shop {
        private final ShopFixture fixture;

        Shop(ShopFixture fixture) {
            this.fixture = fixture;
        }

        public UUID bakery() {
            return fixture.bakery;
        }

        public String terminal() {
            return fixture.terminal();
        }

        public VoucherCode voucher(long face) {
            return fixture.voucher(face, Instant.now().plus(365, ChronoUnit.DAYS));
        }
    }
}
