package org.citycoop.platform.messaging;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycoop.contracts.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Consumer side of the event backbone: idempotent handling, retry with backoff, dead letters. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(MessagingSettings.class)
public class MessagingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    InboundEvents inboundEvents(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, MeterRegistry meters,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
            org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor> senders) {
        return new InboundEvents(jdbc, transactions, json, meters, () -> {
            java.util.concurrent.BlockingQueue<Runnable> queue = senders.getObject().getThreadPoolExecutor().getQueue();
            int waiting = queue.size();
            return (double) waiting / (waiting + queue.remainingCapacity());
        });
    }

    /** Deletes {@code processed_event} rows past the retention, in batches, one instance at a time. */
    @Bean
    ProcessedEventRetention processedEventRetention(JdbcClient jdbc, TransactionTemplate transactions, MessagingSettings settings) {
        MessagingSettings.ProcessedEvents processed = settings.processedEvents();
        return new ProcessedEventRetention(jdbc, transactions, processed.retention(), processed.pruneBatch(), java.time.Clock.systemUTC());
    }

    /** Every {@code citycoop.messaging.processed-events.prune-interval}, the first time after {@code …prune-initial-delay}. */
    @Bean
    SchedulingConfigurer processedEventPruning(ProcessedEventRetention retention, MessagingSettings settings) {
        MessagingSettings.ProcessedEvents processed = settings.processedEvents();
        return tasks -> tasks.addFixedDelayTask(new FixedDelayTask(retention::pruneNow, processed.pruneInterval(), processed.pruneInitialDelay()));
    }

    /**
     * Retries a failing record with exponential backoff, then publishes it to {@code <topic>.dlt}
     * (same partition) with Spring Kafka's {@code kafka_dlt-exception-*} headers naming the reason.
     * {@link PoisonEventException}s and undeserializable records skip the retries.
     */
    @Bean
    CommonErrorHandler eventErrorHandler(KafkaProperties kafka, MessagingSettings settings) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer<Object> keys = (Serializer) new StringSerializer();
        DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), keys,
                new DelegatingByTypeSerializer(Map.of(byte[].class, new ByteArraySerializer(), CloudEvent.class, new CloudEventDataSerializer()), true));
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(producers);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> {
                    LOG.error("Event at {}-{}@{} goes to the dead-letter topic: {}", record.topic(), record.partition(), record.offset(),
                            NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
                    return new TopicPartition(Topics.deadLetter(record.topic()), record.partition());
                });
        MessagingSettings.Retry retry = settings.retry();
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }
}
