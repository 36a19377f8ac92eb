package org.citycoop.platform.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/**
 * Entry point for a service's event consumers. A consumer declares the event types it handles;
 * {@link EventConsumer#accept(CloudEvent)} then applies each event at most once per consumer.
 */
@RequiredArgsConstructor
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final MeterRegistry meters;

    /** How full the outbox's sender queue is (0 to 1); a batch waits while it is over a quarter full (see {@link EventConsumer#acceptBatch}). */
    private final java.util.function.DoubleSupplier outboxFill;

    /**
     * Back-pressure: a batch may publish an event per record, and the outbox's sender queue is
     * bounded (2,000); rather than overflow it (leaving the events to the resubmission a minute
     * later), a consumer waits up to 30 s while it is over a quarter full, so that even three
     * consumers' polls of 500 fit. Meanwhile the records wait in Kafka, where waiting costs nothing.
     */
    private void awaitOutboxRoom() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        long began = System.nanoTime();
        while (outboxFill.getAsDouble() > 0.25 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(20).toNanos());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("waited {} ms for the outbox (fill now {})", (System.nanoTime() - began) / 1_000_000, outboxFill.getAsDouble());
        }
    }

    /**
     * The CloudEvents extension attribute that marks an event as demo history (the demo-history
     * generator's made-up past, for the dashboards): only consumers declared
     * {@link Builder#acceptingHistory()} apply such events; every other consumer skips them, so no
     * service's own state is made up.
     */
    public static final String HISTORY = "citycoophistory";

    /** Starts declaring a consumer; {@code name} identifies it in {@code processed_event} and metrics. */
    public Builder consumer(String name) {
        return new Builder(name);
    }

    /** Declares which event types a consumer handles, and how. */
    public final class Builder {

        private final String name;
        private final Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers = new LinkedHashMap<>();

        private boolean history;

        private Builder(String name) {
            this.name = name;
        }

        /** This consumer also applies events marked as demo history ({@link InboundEvents#HISTORY}); analytics-service's do. */
        public Builder acceptingHistory() {
            this.history = true;
            return this;
        }

        /** Handles events of {@code type} with {@code handler}, inside the transaction that records them as processed. */
        @SuppressWarnings("unchecked")
        public <E extends IntegrationEvent> Builder on(Class<E> type, Consumer<? super E> handler) {
            handlers.put(type, event -> ((Consumer<IntegrationEvent>) handler).accept(event));
            return this;
        }

        public EventConsumer build() {
            return new EventConsumer(name, Map.copyOf(handlers), history);
        }
    }

    /** A named, idempotent consumer of integration events. */
    public final class EventConsumer {

        private final String name;
        private final Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers;

        private final boolean history;

        private EventConsumer(String name, Map<Class<? extends IntegrationEvent>, Consumer<? super IntegrationEvent>> handlers, boolean history) {
            this.name = name;
            this.handlers = handlers;
            this.history = history;
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
            Optional<Class<? extends IntegrationEvent>> type = handled(event);
            if (type.isEmpty()) {
                return false;
            }
            IntegrationEvent payload = parse(event, type.get());
            boolean effect = Boolean.TRUE.equals(transactions.execute(status -> apply(event, type.get(), payload)));
            count(effect ? "applied" : "duplicate", event.getType());
            return effect;
        }

        /**
         * Applies a poll's records in one transaction (one commit instead of one per event: what
         * makes a busy consumer fast), each event still at most once. Should any of them fail, the
         * transaction rolls back and the records are applied again one by one, each in its own
         * transaction; the first that fails then raises a {@link BatchListenerFailedException} with
         * its index, so the container commits the offsets before it and retries or dead-letters
         * just that record, as for a record listener. A record whose value could not be
         * deserialized (null) counts as poison.
         *
         * @return how many events had an effect
         */
        public int acceptBatch(List<ConsumerRecord<String, CloudEvent>> records) {
            awaitOutboxRoom();
            try {
                List<Map.Entry<String, Boolean>> outcomes = transactions.execute(status -> {
                    List<Map.Entry<String, Boolean>> applied = new java.util.ArrayList<>();
                    for (ConsumerRecord<String, CloudEvent> record : records) {
                        CloudEvent event = valueOf(record);
                        Optional<Class<? extends IntegrationEvent>> type = handled(event);
                        if (type.isPresent()) {
                            applied.add(Map.entry(event.getType(), apply(event, type.get(), parse(event, type.get()))));
                        }
                    }
                    return applied;
                });
                outcomes.forEach(outcome -> count(outcome.getValue() ? "applied" : "duplicate", outcome.getKey()));
                return (int) outcomes.stream().filter(Map.Entry::getValue).count();
            } catch (RuntimeException batchFailed) {
                LOG.warn("{}: a batch of {} events failed ({}); applying them one by one", name, records.size(), batchFailed.toString());
                int applied = 0;
                for (int i = 0; i < records.size(); i++) {
                    try {
                        if (accept(valueOf(records.get(i)))) {
                            applied++;
                        }
                    } catch (RuntimeException failed) {
                        throw new BatchListenerFailedException(name + ": " + NestedExceptionUtils.getMostSpecificCause(failed).getMessage(), failed, i);
                    }
                }
                return applied;
            }
        }

        private CloudEvent valueOf(ConsumerRecord<String, CloudEvent> record) {
            if (record.value() == null) {
                throw new PoisonEventException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                        + " is not a readable CloudEvent");
            }
            return record.value();
        }

        private Optional<Class<? extends IntegrationEvent>> handled(CloudEvent event) {
            Optional<Class<? extends IntegrationEvent>> type = EventCatalog.classOf(event.getType());
            if (type.isEmpty() || !handlers.containsKey(type.get())) {
                LOG.debug("{} skips event {} of type {}", name, event.getId(), event.getType());
                count("skipped", event.getType());
                return Optional.empty();
            }
            if (!history && "true".equals(String.valueOf(event.getExtension(HISTORY)))) {
                LOG.debug("{} skips demo history event {} of type {}", name, event.getId(), event.getType());
                count("history-skipped", event.getType());
                return Optional.empty();
            }
            return type;
        }

        /** Records the event as processed and applies it, in the caller's transaction; false for a duplicate. */
        private boolean apply(CloudEvent event, Class<? extends IntegrationEvent> type, IntegrationEvent payload) {
            int inserted = jdbc.sql("""
                    INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                    ON CONFLICT (consumer, event_id) DO NOTHING""")
                    .param("consumer", name).param("id", event.getId()).param("type", event.getType())
                    .update();
            if (inserted == 0) {
                LOG.info("{} ignored duplicate event {} ({})", name, event.getId(), event.getType());
                return false;
            }
            handlers.get(type).accept(payload);
            return true;
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
