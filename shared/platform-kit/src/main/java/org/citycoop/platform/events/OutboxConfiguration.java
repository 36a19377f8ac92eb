package org.citycoop.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.citycoop.platform.service.ApplicationSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outbox: which events leave the service, where to, and how they are sent again. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableScheduling
@EnableConfigurationProperties({OutboxSettings.class, ApplicationSettings.class})
public class OutboxConfiguration {

    @Bean
    IntegrationEvents integrationEvents(ApplicationEventPublisher publisher, JsonMapper json,
            ApplicationSettings application) {
        return new IntegrationEvents(publisher, json, Clock.systemUTC(), application.name());
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
     * 1,000/s, docs/performance.md). Bounded now (spring.task.execution.pool.queue-capacity), and writes
     * are shed before it fills ({@link org.citycoop.platform.web.LoadShedding}). Should it fill anyway,
     * the event is not sent now but left to {@link OutboxResubmission}: its publication row committed
     * with the change, so nothing is lost. (Sending on the committing thread instead deadlocked: that
     * thread still holds its connection while the outbox needs another.)
     */
    @Bean
    ThreadPoolTaskExecutorCustomizer sendLaterWhenFull() {
        return executor -> executor.setRejectedExecutionHandler(new SendLater());
    }

    /** Leaves a committed event whose sender queue is full to the resubmission. */
    public static final class SendLater implements java.util.concurrent.RejectedExecutionHandler {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SendLater.class);

        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
            LOG.warn("outbox senders full ({} waiting): the event stays in event_publication and is sent again by the resubmission",
                    executor.getQueue().size());
        }
    }

    @Bean
    OutboxResubmission outboxResubmission(IncompleteEventPublications incomplete, OutboxSettings settings) {
        return new OutboxResubmission(incomplete, settings.resubmitAfter());
    }

    /** Every {@code citycoop.outbox.resubmit-interval}, the first time one interval after the start. */
    @Bean
    SchedulingConfigurer outboxResubmissionSchedule(OutboxResubmission resubmission, OutboxSettings settings) {
        return tasks -> tasks.addFixedDelayTask(
                new FixedDelayTask(resubmission::resubmitStale, settings.resubmitInterval(), settings.resubmitInterval()));
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

        public void resubmitStale() {
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        }
    }
}
