package org.citycoop.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point for a service's event consumers. A consumer declares the event types it handles;
 * {@link EventConsumer#accept(CloudEvent)} then applies each event at most once per consumer.
 */
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public InboundEvents(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.meters = meters;
    }

    /** Starts declaring a consumer; {@code name} identifies it in {@code processed_event} and metrics. */
    public Builder consumer(String name) {
        return new Builder(name);
    }

    /** Declares which event types a consumer handles, and how. */
    public final class Builder {

        private final String name;
        private final Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Handles events of {@code type} with {@code handler}, inside the transaction that records them as processed. */
        @SuppressWarnings("unchecked")
        public <E extends IntegrationEvent> Builder on(Class<E> type, Consumer<? super E> handler) {
            handlers.put(type, event -> ((Consumer<IntegrationEvent>) handler).accept(event));
            return this;
        }

        public EventConsumer build() {
            return new EventConsumer(name, Map.copyOf(handlers));
        }
    }

    /** A named, idempotent consumer of integration events. */
    public final class EventConsumer {

        private final String name;
        private final Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers;

        private EventConsumer(String name, Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers) {
            this.name = name;
            this.handlers = handlers;
        }

        /**
         * Applies {@code event} unless this consumer has already processed its id. Types this
         * consumer does not handle are skipped (other consumers of the topic may want them).
         *
         * @return whether the event had an effect
         * @throws PoisonEventException when the payload does not match the declared type; any
         *                              other exception rolls back and is retried
         */
        public boolean accept(CloudEvent event) {
            Optional<Class<? extends IntegrationEvent>> type = EventCatalog.classOf(event.getType());
            if (type.isEmpty() || !handlers.containsKey(type.get())) {
                LOG.debug("{} skips event {} of type {}", name, event.getId(), event.getType());
                count("skipped", event.getType());
                return false;
            }
            IntegrationEvent payload = parse(event, type.get());
            Boolean applied = transactions.execute(status -> {
                int inserted = jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                        .param("consumer", name).param("id", event.getId()).param("type", event.getType())
                        .update();
                if (inserted == 0) {
                    return false;
                }
                handlers.get(type.get()).accept(payload);
                return true;
            });
            boolean effect = Boolean.TRUE.equals(applied);
            if (!effect) {
                LOG.info("{} ignored duplicate event {} ({})", name, event.getId(), event.getType());
            }
            count(effect ? "applied" : "duplicate", event.getType());
            return effect;
        }

        private IntegrationEvent parse(CloudEvent event, Class<? extends IntegrationEvent> type) {
            if (event.getData() == null) {
                throw new PoisonEventException("event " + event.getId() + " of type " + event.getType() + " has no data");
            }
            try {
                return json.readValue(event.getData().toBytes(), type);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw new PoisonEventException("event " + event.getId() + " does not match " + event.getType() + ": " + e.getMessage(), e);
            }
        }

        private void count(String outcome, String type) {
            meters.counter("citycoop.events.consumed", "consumer", name, "outcome", outcome, "type", type).increment();
        }
    }
}
