package org.citycoop.testsupport;


import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads everything that arrives on a topic, from the beginning, in a background thread, so a test
 * can wait for a record it expects. Values stay raw bytes (a dead-letter topic may hold anything).
 * As a JUnit extension it closes itself after the test class:
 * {@code @RegisterExtension static final KafkaTap events = KafkaTap.on(Topics.MERCHANT_EVENTS);}
 */
public final class KafkaTap implements AutoCloseable, AfterAllCallback {

    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private KafkaTap(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        poller = Thread.ofPlatform().daemon().name("kafka-tap-" + topic).start(() -> {
            try (consumer) {
                while (running) {
                    consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                }
            }
        });
    }

    /** Starts reading {@code topic} of the test broker. */
    public static KafkaTap on(String topic) {
        return new KafkaTap(RealInfrastructure.kafkaBootstrapServers(), topic);
    }

    /** Waits up to 30 s for a record that matches, and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(String description, Predicate<ConsumerRecord<String, byte[]>> matching) {
        return org.awaitility.Awaitility.await().alias(description).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> records.stream().filter(matching).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    /** Everything read so far. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
