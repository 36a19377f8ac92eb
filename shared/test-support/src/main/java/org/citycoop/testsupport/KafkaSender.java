package org.citycoop.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.platform.events.CloudEventsKafkaTransport;
import org.citycoop.platform.events.OutgoingEvent;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;
import io.cloudevents.kafka.CloudEventSerializer;

/** Sends records to the test broker the way a misbehaving or repeating producer might: duplicates, garbage. */
public final class KafkaSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KafkaSender() {
    }

    /** Sends a CloudEvent in binary mode, as services do, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, CloudEvent event) {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config(CloudEventSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, event)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Publishes {@code event} as its service would (same CloudEvent attributes, topic and key), with a fresh event id. */
    public static void publish(IntegrationEvent event) {
        publish(event, UUID.randomUUID().toString());
    }

    /**
     * Publishes {@code event} as its service would (same CloudEvent attributes, topic and key), with
     * the given event id, so a test can send the same id twice.
     */
    public static void publish(IntegrationEvent event, String eventId) {
        String type = EventCatalog.typeOf(event.getClass());
        String context = type.split("\\.")[2];
        OutgoingEvent outgoing = new OutgoingEvent(eventId, type, "urn:citycoop:" + context + "-service", event.aggregateId(),
                EventCatalog.topicOf(event.getClass()), Instant.now(), JSON.writeValueAsString(event));
        send(outgoing.topic(), event.aggregateId(), CloudEventsKafkaTransport.toCloudEvent(outgoing));
    }

    /** Many events through one producer without waiting for each (for benchmarks); closing waits until the broker has them all. */
    public static Batch batch() {
        return new Batch(new KafkaProducer<>(config(CloudEventSerializer.class)));
    }

    /**
     * A batch to another broker (a fault test's own), with further producer settings (e.g. how long
     * to keep retrying while that broker restarts).
     */
    public static Batch batch(String bootstrapServers, Map<String, Object> settings) {
        Map<String, Object> config = new java.util.HashMap<>(config(CloudEventSerializer.class));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(settings);
        return new Batch(new KafkaProducer<>(config));
    }

    /** See {@link #batch()}. Thread-safe, like the Kafka producer it wraps. */
    public static final class Batch implements AutoCloseable {
        private final KafkaProducer<String, CloudEvent> producer;

        private Batch(KafkaProducer<String, CloudEvent> producer) {
            this.producer = producer;
        }

        /** Publishes {@code event} as its service would, with the given event id, without waiting. */
        public void publish(IntegrationEvent event, String eventId) {
            String type = EventCatalog.typeOf(event.getClass());
            String context = type.split("\\.")[2];
            OutgoingEvent outgoing = new OutgoingEvent(eventId, type, "urn:citycoop:" + context + "-service", event.aggregateId(),
                    EventCatalog.topicOf(event.getClass()), Instant.now(), JSON.writeValueAsString(event));
            producer.send(new ProducerRecord<>(outgoing.topic(), event.aggregateId(), CloudEventsKafkaTransport.toCloudEvent(outgoing)));
        }

        /** Waits until everything published so far is acknowledged. */
        public void flush() {
            producer.flush();
        }

        @Override
        public void close() {
            producer.close();
        }
    }

    /** Sends raw bytes with no CloudEvent headers at all. */
    public static void sendRaw(String topic, String key, String value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Sends a record read from a topic again, byte for byte with its headers: a redelivery. */
    public static void resend(String topic, ConsumerRecord<String, byte[]> original) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, null, original.key(), original.value(), original.headers())).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private static Map<String, Object> config(Class<?> valueSerializer) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer,
                ProducerConfig.ACKS_CONFIG, "all");
    }
}
