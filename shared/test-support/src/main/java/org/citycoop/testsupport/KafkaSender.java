package org.citycoop.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;

/** Sends records to the test broker the way a misbehaving or repeating producer might: duplicates, garbage. */
public final class KafkaSender {

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
