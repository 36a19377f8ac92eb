package org.citycoop.voucher.issuance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The counter sales, each stored under the operator's idempotency key with its request's fingerprint. */
@Repository
@RequiredArgsConstructor
class CounterSaleRecords {

    /** A sale as stored: what it sold, under which request. */
    record Stored(UUID id, String requestHash, UUID programId, String paymentMethod, @Nullable UUID holderId, int quantity, long priceEach) {
    }

    private final JdbcClient jdbc;

    void insert(UUID saleId, IdempotencyKey key, String requestHash, UUID programId, String paymentMethod, @Nullable UUID holderId, int quantity,
            Money priceEach, Instant at) {
        jdbc.sql("""
                INSERT INTO counter_sale (id, operator, idempotency_key, request_hash, program_id, payment_method, holder_id, quantity, price_each, sold_at)
                VALUES (:id, :operator, :key, :hash, :program, :payment, :holder, :quantity, :price, :at)""")
                .param("id", saleId).param("operator", key.owner()).param("key", key.value()).param("hash", requestHash)
                .param("program", programId).param("payment", paymentMethod).param("holder", holderId)
                .param("quantity", quantity).param("price", priceEach.minor()).param("at", Timestamp.from(at)).update();
    }

    /** The sale stored under {@code key}, if any. */
    Optional<Stored> byKey(IdempotencyKey key) {
        return jdbc.sql("""
                SELECT id, request_hash, program_id, payment_method, holder_id, quantity, price_each FROM counter_sale
                WHERE operator = :operator AND idempotency_key = :key""").param("operator", key.owner()).param("key", key.value()).query(Stored.class)
                .optional();
    }
}
