package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.merchants.MerchantReplicas;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The event backbone end to end: a merchant registered in merchant-service reaches
 * redemption-service's replica through the outbox, a real Kafka broker and an idempotent consumer;
 * the very record merchant-service published, delivered again, has no second effect; and a poison
 * message lands on the dead-letter topic with its reason while the flow goes on.
 */
class MerchantReplicationIT {

    private static RunningService merchants;
    private static RunningService redemption;
    private static KafkaTap merchantEvents;
    private static KafkaTap deadLetters;

    @BeforeAll
    static void startServices() {
        merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);
        deadLetters = KafkaTap.on(Topics.deadLetter(Topics.MERCHANT_EVENTS));
        redemption = RunningService.start(RedemptionServiceApplication.class, "redemption-service", Map.of());
        merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", Map.of());
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        merchants.close();
        redemption.close();
        merchantEvents.close();
        deadLetters.close();
    }

    @Test
    void aMerchantRegisteredInMerchantServiceAppearsInRedemptionServicesReplicaWithinASecond() {
        MerchantRegistered registered = merchants.bean(MerchantRegistration.class)
                .register(Shops.shop("Rába Cukrászda Kft.", "Rába Cukrászda", "hu-szentgotthard", "56.10"));

        MerchantReplicas replicas = redemption.bean(MerchantReplicas.class);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> replicas.byId(registered.merchantId()).isPresent());
        MerchantReplica replica = replicas.byId(registered.merchantId()).orElseThrow();
        assertThat(replica.tradingName()).isEqualTo("Rába Cukrászda");
        assertThat(replica.cityCode()).isEqualTo("hu-szentgotthard");
        assertThat(replica.countryCode()).isEqualTo("HU");
    }

    @Test
    void theReplicaFollowsSuspensionReactivationAndClosingWithinASecond() {
        MerchantRegistration registration = merchants.bean(MerchantRegistration.class);
        MerchantRegistered registered = registration.register(Shops.shop("Radenska vinoteka d.o.o.", "Vinoteka Radenci", "si-radenci", "47.25"));
        MerchantReplicas replicas = redemption.bean(MerchantReplicas.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> replicas.byId(registered.merchantId()).isPresent());

        registration.suspend(registered.merchantId(), "Unpaid membership fee");
        awaitStatus(replicas, registered, "SUSPENDED");
        registration.reactivate(registered.merchantId());
        awaitStatus(replicas, registered, "ACTIVE");
        registration.close(registered.merchantId(), "Shop closed by its owner");
        awaitStatus(replicas, registered, "CLOSED");
    }

    /** The replica reaches {@code status} within a second of the commit (ISSUE 4: replicas follow within a second). */
    private static void awaitStatus(MerchantReplicas replicas, MerchantRegistered merchant, String status) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> replicas.byId(merchant.merchantId()).map(MerchantReplica::status).orElse(""), status::equals);
    }

    @Test
    void theSameRecordDeliveredAgainHasNoSecondEffect() {
        MerchantRegistered registered = merchants.bean(MerchantRegistration.class)
                .register(Shops.shop("Pekarna Lendava d.o.o.", "Pekarna Lendava", "si-lendava", "10.71"));
        MerchantReplicas replicas = redemption.bean(MerchantReplicas.class);
        JdbcClient replicaDb = redemption.bean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> replicas.byId(registered.merchantId()).isPresent());
        Instant appliedAt = updatedAt(replicaDb, registered);

        // exactly what merchant-service published (headers and bytes), as a redelivery would bring it again
        ConsumerRecord<String, byte[]> published = merchantEvents.awaitRecord("the published MerchantRegistered",
                r -> registered.merchantId().toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-registered.v1"));
        double duplicatesBefore = consumed("duplicate");
        KafkaSender.resend(Topics.MERCHANT_EVENTS, published);

        await().atMost(Duration.ofSeconds(10)).until(() -> consumed("duplicate") > duplicatesBefore);
        assertThat(updatedAt(replicaDb, registered)).as("the replica row was not written again").isEqualTo(appliedAt);
        assertThat(replicaDb.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .param("id", KafkaTap.header(published, "ce_id")).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicAndTheFlowGoesOn() {
        String key = "poison-" + UUID.randomUUID();
        KafkaSender.sendRaw(Topics.MERCHANT_EVENTS, key, "{\"not\": \"a CloudEvent\"}");

        ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord("the poison message", r -> key.equals(r.key()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(KafkaTap.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.MERCHANT_EVENTS);

        MerchantRegistered after = merchants.bean(MerchantRegistration.class)
                .register(Shops.shop("Lenti Termál Bolt Kft.", "Termál Bolt Lenti", "hu-lenti", "47.19"));
        await().atMost(Duration.ofSeconds(5)).until(() -> redemption.bean(MerchantReplicas.class).byId(after.merchantId()).isPresent());
    }

    private static Instant updatedAt(JdbcClient db, MerchantRegistered merchant) {
        return db.sql("SELECT updated_at FROM merchant_replica WHERE merchant_id = :id").param("id", merchant.merchantId())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private static double consumed(String outcome) {
        var counter = redemption.bean(MeterRegistry.class).find("citycoop.events.consumed")
                .tag("consumer", "redemption-service.merchant-replica").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
