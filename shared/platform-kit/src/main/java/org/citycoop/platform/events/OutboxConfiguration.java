package org.citycoop.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outbox: which events leave the service, where to, and how they are sent again. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableScheduling
public class OutboxConfiguration {

    @Bean
    IntegrationEvents integrationEvents(ApplicationEventPublisher publisher, JsonMapper json,
            @Value("${spring.application.name}") String serviceName) {
        return new IntegrationEvents(publisher, json, Clock.systemUTC(), serviceName);
    }

    /** Only {@link OutgoingEvent}s leave the service: topic from the event, key = aggregate id. */
    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof OutgoingEvent)
                .route(OutgoingEvent.class, event -> RoutingTarget.forTarget(event.topic()).andKey(event.subject()))
                .build();
    }

    @Bean
    EventExternalizerModuleListener cloudEventsExternalizer(EventExternalizationConfiguration configuration,
            KafkaOperations<String, CloudEvent> kafka) {
        return new EventExternalizerModuleListener(configuration, new CloudEventsKafkaTransport(kafka));
    }

    /**
     * The outbox hands each committed event to the task executor, which sends it to Kafka. Under
     * overload that queue, unbounded by default, grew until the heap ran out (the redemption benchmark at
     * 1,000/s, docs/performance.md). Bounded now (spring.task.execution.pool.queue-capacity); when it is
     * full the committing thread sends the event itself, so a service that cannot keep up slows its
     * callers down instead of piling up events in memory. Nothing is lost either way: the publication
     * row committed with the change, and what is not sent is sent again.
     */
    @Bean
    ThreadPoolTaskExecutorCustomizer sendersThatPushBack() {
        return executor -> executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Bean
    OutboxResubmission outboxResubmission(IncompleteEventPublications incomplete,
            @Value("${citycoop.outbox.resubmit-after}") Duration resubmitAfter) {
        return new OutboxResubmission(incomplete, resubmitAfter);
    }

    /**
     * Sends again what Kafka did not acknowledge (broker down, timeout): publications older than
     * {@code citycoop.outbox.resubmit-after} that are still incomplete. Restarts also re-send
     * (spring.modulith.events.republish-outstanding-events-on-restart).
     */
    public static class OutboxResubmission {

        private final IncompleteEventPublications incomplete;
        private final Duration resubmitAfter;

        OutboxResubmission(IncompleteEventPublications incomplete, Duration resubmitAfter) {
            this.incomplete = incomplete;
            this.resubmitAfter = resubmitAfter;
        }

        @Scheduled(fixedDelayString = "${citycoop.outbox.resubmit-interval}", initialDelayString = "${citycoop.outbox.resubmit-interval}")
        public void resubmitStale() {
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        }
    }
}
