package org.citycoop.voucher.shoppers;

import java.sql.Timestamp;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.platform.messaging.InboundEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * The replica of shoppers, from {@code citycoop.identity.events}: accounts with the SHOPPER role.
 * Each event applies once; people in other roles are skipped.
 */
@Component
public class Shoppers {

    static final String CONSUMER = "voucher-service.shoppers";

    private final JdbcClient jdbc;
    private final InboundEvents.EventConsumer consumer;

    Shoppers(JdbcClient jdbc, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.consumer = inbound.consumer(CONSUMER).on(UserRegistered.class, this::apply).build();
    }

    public boolean exists(UUID shopperId) {
        return jdbc.sql("SELECT count(*) FROM shopper WHERE id = :id").param("id", shopperId).query(Long.class).single() > 0;
    }

    /** Records a shopper whose token proves the account before its {@code UserRegistered} arrived (that event changes nothing then). */
    public void ensure(UUID shopperId, @Nullable String homeCity) {
        jdbc.sql("INSERT INTO shopper (id, home_city, registered_at) VALUES (:id, :city, now()) ON CONFLICT (id) DO NOTHING")
                .param("id", shopperId).param("city", homeCity).update();
    }

    void apply(UserRegistered event) {
        if (!event.roles().contains("SHOPPER")) {
            return;
        }
        jdbc.sql("INSERT INTO shopper (id, home_city, registered_at) VALUES (:id, :city, :at) ON CONFLICT (id) DO NOTHING")
                .param("id", event.userId()).param("city", event.homeCity()).param("at", Timestamp.from(event.registeredAt())).update();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.IDENTITY_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
