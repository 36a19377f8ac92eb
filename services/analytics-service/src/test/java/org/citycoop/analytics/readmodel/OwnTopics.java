package org.citycoop.analytics.readmodel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.events.Topics;
import org.citycoop.platform.events.CloudEventsKafkaTransport;
import org.citycoop.platform.events.OutgoingEvent;
import org.citycoop.testsupport.RealInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Topics of one test's own for the five analytics consumers ({@code citycoop.analytics.topics.*}), on
 * the module's shared broker, two partitions each and kept for ever like the platform's: the test sees
 * only its own events and may delete records without touching the topics the other tests share.
 */
public final class OwnTopics {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> topics = new LinkedHashMap<>();

    private OwnTopics(String prefix) {
        for (String consumer : List.of("identity", "merchants", "vouchers", "redemptions", "points")) {
            topics.put(consumer, prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "." + consumer);
        }
    }

    /** Names for a test; {@link #create(DynamicPropertyRegistry)} creates them. */
    public static OwnTopics named(String prefix) {
        return new OwnTopics(prefix);
    }

    /** Creates the topics and points the service's consumers at them. */
    public void create(DynamicPropertyRegistry registry) {
        try (AdminClient admin = admin()) {
            admin.createTopics(topics.values().stream().map(t -> new NewTopic(t, 2, (short) 1).configs(Topics.KEPT_FOR_EVER)).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the test's topics: " + e.getMessage(), e);
        }
        topics.forEach((consumer, topic) -> registry.add("citycoop.analytics.topics." + consumer, () -> topic));
    }

    /** The topic of the consumer {@code identity}, {@code merchants}, {@code vouchers}, {@code redemptions} or {@code points}. */
    public String of(String consumer) {
        return topics.get(consumer);
    }

    /** Publishes {@code event} as its service would, to this test's topic of its context, on {@code partition}. */
    public void send(int partition, IntegrationEvent event) {
        String type = EventCatalog.typeOf(event.getClass());
        String context = type.split("\\.")[2];
        String topic = of(switch (context) {
            case "identity" -> "identity";
            case "merchant" -> "merchants";
            case "voucher" -> "vouchers";
            case "redemption" -> "redemptions";
            case "points" -> "points";
            default -> throw new IllegalArgumentException("no analytics consumer reads " + type);
        });
        CloudEvent cloudEvent = CloudEventsKafkaTransport.toCloudEvent(new OutgoingEvent(UUID.randomUUID().toString(), type,
                "urn:citycoop:" + context + "-service", event.aggregateId(), topic, Instant.now(), JSON.writeValueAsString(event)));
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, partition, event.aggregateId(), cloudEvent)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** An admin client of the shared broker. */
    public static AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()));
    }
}
