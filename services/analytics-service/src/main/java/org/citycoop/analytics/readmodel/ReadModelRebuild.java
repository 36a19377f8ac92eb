package org.citycoop.analytics.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read model from the topics: first it checks that every partition of every topic still
 * starts at offset 0 and no topic is compacted, and refuses ({@link HistoryGone}) otherwise, touching
 * nothing (ADR 22: a replay of a topic whose oldest records are gone would lose their facts). Then the
 * consumers stop, the facts, dimensions and their
 * processed-event records are deleted in one transaction, the consumer groups' offsets are set back
 * to the beginning of every topic, and the consumers start again. Progress is the consumers' lag: how
 * many records of the topics they have still to read (from the offsets they committed); the rebuild is
 * done when they have read everything and the rollups have taken it in. The rollups are emptied with
 * the facts.
 */
@Component
public class ReadModelRebuild {

    /** Where a rebuild stands: when it started, how many records are still to be read, and whether it is done. */
    public record Status(String state, Instant startedAt, Instant finishedAt, Long recordsToRead, long facts) {
    }

    private static final List<String> TABLES = List.of("fact_sale", "fact_redemption", "fact_reversal", "fact_purchase", "fact_voucher_end",
            "fact_points", "dim_merchant", "dim_shopper", "dim_program", "rollup_dirty", "rollup_month", "rollup_spend_day", "rollup_spend_month",
            "rollup_merchant_day", "rollup_merchant_month", "rollup_purchase_day", "rollup_purchase_month", "rollup_voucher_day", "rollup_voucher_month",
            "rollup_points_day", "rollup_points_month", "rollup_flow_day", "rollup_flow_month", "huf_rate");

    private final KafkaListenerEndpointRegistry listeners;
    private final ReadModelTopics topics;
    private final KafkaAdmin kafkaAdmin;
    private final TransactionTemplate transactions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Rollups rollups;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    ReadModelRebuild(KafkaListenerEndpointRegistry listeners, ReadModelTopics topics, KafkaAdmin kafkaAdmin, TransactionTemplate transactions,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, Rollups rollups) {
        this.rollups = rollups;
        this.listeners = listeners;
        this.topics = topics;
        this.kafkaAdmin = kafkaAdmin;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Starts a rebuild unless one is running; returns its status.
     *
     * @throws HistoryGone when records of the topics are gone: nothing was stopped or deleted
     */
    public synchronized Status start() {
        if (startedAt != null && finishedAt == null) {
            return status();
        }
        checkHistory();
        List<MessageListenerContainer> containers = topics.sources().stream().map(s -> listeners.getListenerContainer(s.group())).toList();
        containers.forEach(MessageListenerContainer::stop);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE " + String.join(", ", TABLES)).update();
            jdbc.sql("DELETE FROM processed_event WHERE consumer LIKE 'analytics-service.%'").update();
        });
        rewind();
        startedAt = clock.instant();
        finishedAt = null;
        containers.forEach(MessageListenerContainer::start);
        return status();
    }

    /** The current rebuild's progress (idle when none ran since the service started). */
    public Status status() {
        long facts = jdbc.sql("SELECT (SELECT count(*) FROM fact_sale) + (SELECT count(*) FROM fact_redemption) + (SELECT count(*) FROM fact_purchase)")
                .query(Long.class).single();
        if (startedAt == null) {
            return new Status("idle", null, null, null, facts);
        }
        if (finishedAt != null) {
            return new Status("done", startedAt, finishedAt, 0L, facts);
        }
        long lag = recordsToRead();
        // done once every record is read and the rollups show it
        if (lag == 0 && rollups.pending() == 0) {
            finishedAt = clock.instant();
            return new Status("done", startedAt, finishedAt, 0L, facts);
        }
        return new Status("running", startedAt, null, lag, facts);
    }

    /**
     * Whether a rebuild is still reading the topics: the rollups wait for it (recomputing most days
     * again each second while they fill would be work thrown away) and take everything in at the end.
     */
    public boolean reading() {
        if (startedAt == null || finishedAt != null) {
            return false;
        }
        try {
            return recordsToRead() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses unless the topics hold every record ever written to them: each partition's log starts at
     * offset 0 (the broker's earliest offset) and no topic compacts.
     */
    private void checkHistory() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(topics.topics()).allTopicNames().get().forEach((topic, description) -> description.partitions()
                    .forEach(p -> earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest())));
            Map<String, Map<Integer, Long>> firstOffsets = new TreeMap<>();
            admin.listOffsets(earliest).all().get().forEach((partition, first) -> firstOffsets
                    .computeIfAbsent(partition.topic(), t -> new TreeMap<>()).put(partition.partition(), first.offset()));
            Set<String> compacted = new TreeSet<>();
            admin.describeConfigs(topics.topics().stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get()
                    .forEach((resource, config) -> {
                        ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
                        if (policy != null && policy.value() != null && policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                            compacted.add(resource.name());
                        }
                    });
            HistoryGone.check(firstOffsets, compacted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read where the topics start from Kafka: " + e.getMessage(), e);
        }
    }

    /** Sets every analytics consumer group back to offset 0 of its topic (they are stopped, so their groups are empty). */
    private void rewind() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            for (ReadModelTopics.Source source : topics.sources()) {
                String topic = source.topic();
                Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> beginning.put(new TopicPartition(topic, p.partition()), new OffsetAndMetadata(0)));
                admin.alterConsumerGroupOffsets(source.group(), beginning).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set the analytics consumers back to the beginning of the topics: " + e.getMessage(), e);
        }
    }

    /** Records of the topics the analytics consumers have not yet committed (their lag), rebuild or not. */
    public long recordsToRead() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            long lag = 0;
            for (ReadModelTopics.Source source : topics.sources()) {
                String group = source.group();
                String topic = source.topic();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    lag += end.getValue().offset() - (done == null ? 0 : done.offset());
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the consumers' progress from Kafka: " + e.getMessage(), e);
        }
    }
}
