package org.citycoop.voucher.bulk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.voucher.bulk.decision.Ordering;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The bulk orders and their lines, each order stored under the operator's idempotency key with its request's fingerprint. */
@Repository
@RequiredArgsConstructor
class BulkOrderRecords {

    /** An order as stored: its totals, under which request. */
    record Stored(UUID id, String requestHash, UUID programId, int lines, long total, String currency) {
    }

    /** A line as stored: the employee's voucher, in the year it counts for. */
    record StoredLine(Ordering.Line line, int year, UUID voucherId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** One employer's orders one after the other until the transaction ends, so that two cannot both use the same room under the limit. */
    void lockEmployer(String vatId) {
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('bulk-order:' || :vat))) locked").param("vat", vatId).query(Long.class)
                .single();
    }

    /** What each employee (by id) received from the employer with {@code vatId} in {@code currency} between {@code from} and {@code to}, in how many orders. */
    Map<String, TaxFreeAllowance.Received> received(String vatId, Currency currency, Instant from, Instant to) {
        Map<String, TaxFreeAllowance.Received> received = new HashMap<>();
        jdbc.sql("""
                SELECT l.employee_ref, sum(l.amount) AS received, count(DISTINCT o.id) AS orders
                FROM bulk_order_line l JOIN bulk_order o ON o.id = l.order_id
                WHERE o.company_vat_id = :vat AND o.currency = :currency AND o.ordered_at >= :from AND o.ordered_at < :to
                GROUP BY l.employee_ref""")
                .param("vat", vatId).param("currency", currency.name()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> received.put(rs.getString("employee_ref"),
                        new TaxFreeAllowance.Received(Money.of(rs.getLong("received"), currency), rs.getInt("orders"))))
                .list();
        return received;
    }

    void insert(UUID orderId, IdempotencyKey key, String requestHash, Ordering.Valid order, Instant at) {
        jdbc.sql("""
                INSERT INTO bulk_order (id, operator, idempotency_key, request_hash, program_id, company_name, company_vat_id, country, payment_method,
                                        currency, total, lines, ordered_at)
                VALUES (:id, :operator, :key, :hash, :program, :company, :vat, :country, :payment, :currency, :total, :lines, :at)""")
                .param("id", orderId).param("operator", key.owner()).param("key", key.value()).param("hash", requestHash)
                .param("program", order.offer().programId()).param("company", order.company()).param("vat", order.vatId()).param("country", order.country())
                .param("payment", order.paymentMethod()).param("currency", order.offer().currency().name()).param("total", order.total().minor())
                .param("lines", order.lines().size()).param("at", Timestamp.from(at)).update();
    }

    /** The order's lines in one batch (JdbcTemplate joins this transaction), and each voucher marked with its order. */
    void insertLines(UUID orderId, List<StoredLine> lines) {
        batch.batchUpdate("""
                INSERT INTO bulk_order_line (order_id, line, employee_ref, employee_name, amount, year, voucher_id) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                lines.stream().map(l -> new Object[] {orderId, l.line().line(), l.line().employeeRef(), l.line().name(), l.line().amount().minor(), l.year(),
                        l.voucherId()}).toList());
        jdbc.sql("UPDATE voucher SET bulk_order_id = :o WHERE id IN (SELECT voucher_id FROM bulk_order_line WHERE order_id = :o)")
                .param("o", orderId).update();
    }

    /** The order stored under {@code key}, if any. */
    Optional<Stored> byKey(IdempotencyKey key) {
        return jdbc.sql("""
                SELECT id, request_hash, program_id, lines, total, currency FROM bulk_order WHERE operator = :operator AND idempotency_key = :key""")
                .param("operator", key.owner()).param("key", key.value()).query(Stored.class).optional();
    }
}
