package org.citycoop.voucher.spending;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.ProgramWithdrawn;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Keeps the replica of merchants and their accepted programs from {@code citycoop.merchant.events};
 * each event applies once, and a merchant's older state never overwrites a newer one.
 */
@Component
public class AcceptingMerchants {

    /** A shop where a voucher of the program can be spent now. */
    public record Shop(UUID merchantId, String tradingName, String cityCode, String naceCode) {
    }

    static final String CONSUMER = "voucher-service.accepting-merchants";

    private final JdbcClient jdbc;
    private final InboundEvents.EventConsumer consumer;

    AcceptingMerchants(JdbcClient jdbc, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.consumer = inbound.consumer(CONSUMER)
                .on(MerchantRegistered.class, e -> merchant(e.merchantId(), e.tradingName(), e.cityCode(), e.naceCode(), "ACTIVE", e.registeredAt()))
                .on(MerchantUpdated.class, e -> merchant(e.merchantId(), e.tradingName(), e.cityCode(), e.naceCode(), e.status(), e.updatedAt()))
                .on(MerchantSuspended.class, e -> status(e.merchantId(), "SUSPENDED", e.suspendedAt()))
                .on(MerchantClosed.class, e -> status(e.merchantId(), "CLOSED", e.closedAt()))
                .on(ProgramAccepted.class, e -> jdbc.sql("""
                        INSERT INTO acceptance (merchant_id, program_id, accepted_at) VALUES (:m, :p, :at) ON CONFLICT DO NOTHING""")
                        .param("m", e.merchantId()).param("p", e.programId()).param("at", Timestamp.from(e.acceptedAt())).update())
                .on(ProgramWithdrawn.class, e -> jdbc.sql("DELETE FROM acceptance WHERE merchant_id = :m AND program_id = :p")
                        .param("m", e.merchantId()).param("p", e.programId()).update())
                .build();
    }

    /** Active merchants accepting {@code programId}, by city and name. */
    public List<Shop> accepting(UUID programId) {
        return jdbc.sql("""
                SELECT m.id AS merchant_id, m.trading_name, m.city_code, m.nace_code FROM acceptance a JOIN merchant m ON m.id = a.merchant_id
                WHERE a.program_id = :p AND m.status = 'ACTIVE' ORDER BY m.city_code, m.trading_name""").param("p", programId).query(Shop.class).list();
    }

    /** A merchant's trading name, if known. */
    public @org.jspecify.annotations.Nullable String name(UUID merchantId) {
        return jdbc.sql("SELECT trading_name FROM merchant WHERE id = :id").param("id", merchantId).query(String.class).optional().orElse(null);
    }

    private void merchant(UUID id, String name, String city, String nace, String status, Instant at) {
        jdbc.sql("""
                INSERT INTO merchant (id, trading_name, city_code, nace_code, status, last_event_at) VALUES (:id, :name, :city, :nace, :status, :at)
                ON CONFLICT (id) DO UPDATE SET trading_name = excluded.trading_name, city_code = excluded.city_code, nace_code = excluded.nace_code,
                    status = excluded.status, last_event_at = excluded.last_event_at
                WHERE merchant.last_event_at <= excluded.last_event_at""")
                .param("id", id).param("name", name).param("city", city).param("nace", nace).param("status", status).param("at", Timestamp.from(at))
                .update();
    }

    private void status(UUID id, String status, Instant at) {
        jdbc.sql("UPDATE merchant SET status = :status, last_event_at = :at WHERE id = :id AND last_event_at <= :at")
                .param("status", status).param("at", Timestamp.from(at)).param("id", id).update();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
