package org.citycoop.redemption.checkout;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Feldbach bakery with a store that accepts a Feldbach program, as redemption-service learns it from
 * the other services' events (sent to the real broker), and vouchers of that program.
 */
final class ShopFixture {

    final UUID program = UUID.randomUUID();
    final UUID bakery = UUID.randomUUID();
    final UUID store = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final byte[] hashKey;

    ShopFixture(JdbcClient jdbc, String hashKey) {
        this.jdbc = jdbc;
        this.hashKey = Base64.getDecoder().decode(hashKey);
        send(new ProgramActivated(program, Map.of("de", "Feldbacher Gutschein", "sl", "Bon", "hu", "Utalvány", "en", "Feldbach voucher"), "at-feldbach",
                "EUR", "CITY", List.of("at-feldbach"), 36, Instant.now()));
        send(new MerchantRegistered(bakery, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71", Instant.now()));
        send(new StoreOpened(store, bakery, "Hauptgeschäft", "at-feldbach", Instant.now()));
        send(new ProgramAccepted(bakery, program, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM acceptance WHERE merchant_id = '" + bakery + "'") == 1
                && count("SELECT count(*) FROM store WHERE id = '" + store + "'") == 1
                && count("SELECT count(*) FROM merchant_replica WHERE merchant_id = '" + bakery + "'") == 1);
    }

    /** A token of a terminal at the bakery's store. */
    String terminal() {
        return TestTokens.token().subject("terminal-" + UUID.randomUUID()).roles(Role.TERMINAL).merchant(bakery).store(store).sign();
    }

    VoucherCode voucher(long face, Instant expires) {
        VoucherCode code = VoucherCode.generate();
        UUID id = UUID.randomUUID();
        send(new VoucherIssued(id, program, code.keyedHash(hashKey), "at-feldbach", "EUR", face, face, 0, "COUNTER", "CASH", null, expires, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM voucher WHERE id = '" + id + "'") == 1);
        return code;
    }

    long balance(VoucherCode code) {
        return jdbc.sql("SELECT balance FROM voucher WHERE code_hash = :h").param("h", code.keyedHash(hashKey)).query(Long.class).single();
    }

    UUID voucherId(VoucherCode code) {
        return jdbc.sql("SELECT id FROM voucher WHERE code_hash = :h").param("h", code.keyedHash(hashKey)).query(UUID.class).single();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static void send(IntegrationEvent event) {
        KafkaSender.publish(event);
    }
}
