package org.citycoop.systemtests.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * A consumer that fails is retried with backoff: a passing outage costs nothing but time and the
 * effect still happens once; a failure that outlasts the retries sends the event to the
 * dead-letter topic with the reason, and nothing is marked processed.
 */
class RetryAndDeadLetterIT {

    private static RunningService service;
    private static KafkaTap deadLetters;

    @BeforeAll
    static void start() {
        deadLetters = KafkaTap.on(Topics.deadLetter(Topics.MERCHANT_EVENTS));
        service = RunningService.start(FlakyConsumerApplication.class, "flaky-consumer", Map.of(
                "citycoop.messaging.retry.initial-interval", "50ms",
                "citycoop.messaging.retry.max-interval", "200ms",
                "citycoop.messaging.retry.max-attempts", "4"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        service.close();
        deadLetters.close();
    }

    @Test
    void aConsumerThatFailsTwiceAppliesTheEventOnTheThirdAttemptOnce() {
        FlakyMerchantConsumer consumer = service.bean(FlakyMerchantConsumer.class);
        MerchantRegistered event = merchant();
        consumer.failuresLeft.put(event.merchantId(), new AtomicInteger(2));

        String eventId = publish(event);

        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.applied.contains(event.merchantId()));
        assertThat(consumer.attempts.get(event.merchantId())).hasValue(3);
        assertThat(processed(FlakyMerchantConsumer.CONSUMER, eventId)).isEqualTo(1L);
    }

    @Test
    void aFailureThatOutlastsTheRetriesIsDeadLetteredWithItsReasonAndNotMarkedProcessed() {
        FlakyMerchantConsumer consumer = service.bean(FlakyMerchantConsumer.class);
        MerchantRegistered event = merchant();
        consumer.failuresLeft.put(event.merchantId(), new AtomicInteger(Integer.MAX_VALUE));

        String eventId = publish(event);

        var dead = deadLetters.awaitRecord("the event that kept failing", r -> event.aggregateId().equals(r.key()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).contains("simulated outage");
        assertThat(KafkaTap.header(dead, "ce_id")).isEqualTo(eventId);
        assertThat(consumer.attempts.get(event.merchantId()).get()).isEqualTo(5);
        assertThat(consumer.applied).doesNotContain(event.merchantId());
        assertThat(processed(FlakyMerchantConsumer.CONSUMER, eventId)).isZero();
    }

    @Test
    void inABatchConsumerAFailingEventIsRetriedAloneAndEveryEventOfItsPollIsAppliedOnce() {
        FlakyMerchantBatchConsumer consumer = service.bean(FlakyMerchantBatchConsumer.class);
        List<MerchantRegistered> poll = IntStream.range(0, 20).mapToObj(i -> merchant()).toList();
        consumer.failuresLeft.put(poll.get(7).merchantId(), new AtomicInteger(2));
        List<String> ids = publishTogether(poll);

        await().atMost(Duration.ofSeconds(20)).until(() -> poll.stream().allMatch(e -> consumer.timesApplied(e.merchantId()) > 0));
        for (int i = 0; i < poll.size(); i++) {
            assertThat(consumer.timesApplied(poll.get(i).merchantId())).as("merchant %d applied", i).isEqualTo(1);
            assertThat(processed(FlakyMerchantBatchConsumer.CONSUMER, ids.get(i))).as("event %d processed", i).isEqualTo(1);
        }
        assertThat(consumer.failuresLeft.get(poll.get(7).merchantId()).get()).as("the failing event was attempted until it passed").isLessThanOrEqualTo(0);
    }

    @Test
    void inABatchConsumerAnEventThatKeepsFailingIsDeadLetteredAndTheRestOfItsPollApplied() {
        FlakyMerchantBatchConsumer consumer = service.bean(FlakyMerchantBatchConsumer.class);
        List<MerchantRegistered> poll = IntStream.range(0, 20).mapToObj(i -> merchant()).toList();
        MerchantRegistered poison = poll.get(12);
        consumer.failuresLeft.put(poison.merchantId(), new AtomicInteger(Integer.MAX_VALUE));
        List<String> ids = publishTogether(poll);

        var dead = deadLetters.awaitRecord("the batch's event that kept failing", r -> poison.aggregateId().equals(r.key()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).contains("simulated outage");
        assertThat(KafkaTap.header(dead, "ce_id")).isEqualTo(ids.get(12));
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.timesApplied(poll.get(19).merchantId()) > 0);
        for (int i = 0; i < poll.size(); i++) {
            assertThat(consumer.timesApplied(poll.get(i).merchantId())).as("merchant %d applied", i).isEqualTo(i == 12 ? 0 : 1);
            assertThat(processed(FlakyMerchantBatchConsumer.CONSUMER, ids.get(i))).as("event %d processed", i).isEqualTo(i == 12 ? 0 : 1);
        }
    }

    @Test
    void demoHistoryIsSkippedByConsumersThatDoNotAcceptIt() throws Exception {
        FlakyMerchantConsumer consumer = service.bean(FlakyMerchantConsumer.class);
        MerchantRegistered history = merchant();
        MerchantRegistered real = merchant();
        String historyId = UUID.randomUUID().toString();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, io.cloudevents.CloudEvent>(Map.of(
                "bootstrap.servers", org.citycoop.testsupport.RealInfrastructure.kafkaBootstrapServers(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", io.cloudevents.kafka.CloudEventSerializer.class))) {
            producer.send(org.citycoop.demohistory.DemoHistory.record(new org.citycoop.demohistory.DemoHistory.Event(history, historyId,
                    Instant.parse("2025-03-01T10:00:00Z")))).get();
        }
        String realId = publish(real);

        // the consumer reads both: the real one is applied, the history one counted as skipped and not applied
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.applied.contains(real.merchantId()));
        await().atMost(Duration.ofSeconds(15)).until(() -> service.bean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("citycoop.events.consumed").tag("consumer", FlakyMerchantConsumer.CONSUMER).tag("outcome", "history-skipped").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum() >= 1);
        assertThat(consumer.applied).doesNotContain(history.merchantId());
        assertThat(consumer.attempts).doesNotContainKey(history.merchantId());
        assertThat(processed(FlakyMerchantConsumer.CONSUMER, historyId)).isZero();
        assertThat(processed(FlakyMerchantConsumer.CONSUMER, realId)).isEqualTo(1);
    }

    private static List<String> publishTogether(List<MerchantRegistered> events) {
        List<String> ids = new ArrayList<>();
        try (KafkaSender.Batch batch = KafkaSender.batch()) {
            for (MerchantRegistered event : events) {
                String id = UUID.randomUUID().toString();
                batch.publish(event, id);
                ids.add(id);
            }
            batch.flush();
        }
        return ids;
    }

    private static long processed(String consumer, String eventId) {
        return service.bean(JdbcClient.class).sql("SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id = :id")
                .param("c", consumer).param("id", eventId).query(Long.class).single();
    }

    private static MerchantRegistered merchant() {
        return new MerchantRegistered(UUID.randomUUID(), "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71",
                Instant.parse("2026-11-21T08:00:00Z"));
    }

    private static String publish(MerchantRegistered event) {
        String eventId = UUID.randomUUID().toString();
        KafkaSender.publish(event, eventId);
        return eventId;
    }
}
