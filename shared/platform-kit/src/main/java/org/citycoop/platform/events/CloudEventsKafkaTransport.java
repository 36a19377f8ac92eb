package org.citycoop.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizationTransport;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import lombok.RequiredArgsConstructor;

/**
 * Sends outbox entries to Kafka as CloudEvents 1.0 in binary mode (attributes in {@code ce_*}
 * headers, the JSON payload as the record value), keyed by aggregate id. Spring Modulith completes
 * the publication only when Kafka acknowledged the record; otherwise it stays in the outbox and is
 * sent again.
 */
@RequiredArgsConstructor
public class CloudEventsKafkaTransport implements EventExternalizationTransport {

    private final KafkaOperations<String, CloudEvent> kafka;

    @Override
    public CompletableFuture<?> externalize(Object payload, RoutingTarget target) {
        if (!(payload instanceof OutgoingEvent event)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not an outgoing event: " + payload.getClass()));
        }
        return kafka.send(new ProducerRecord<>(target.getTarget(), target.getKey(), toCloudEvent(event)));
    }

    /** The CloudEvent for an outbox entry; public for tools and tests that publish like a service does. */
    public static CloudEvent toCloudEvent(OutgoingEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create("urn:citycoop:schema:" + event.type()))
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
