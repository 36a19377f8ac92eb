package org.citycoop.redemption.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.platform.events.CloudEventsKafkaTransport;
import org.citycoop.platform.events.OutgoingEvent;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * redemption-service keeps its merchant replica from real merchant events on a real broker:
 * once per event id, and what it can never process goes to the dead-letter topic with the reason.
 */
@ServiceIntegrationTest
class MerchantReplicaIT {

    @RegisterExtension
    static final KafkaTap deadLetters = KafkaTap.on(Topics.deadLetter(Topics.MERCHANT_EVENTS));

    @Autowired
    MerchantReplicas replicas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aRegisteredPtujPharmacyAppearsInTheReplica() {
        MerchantRegistered pharmacy = ptujPharmacy("Lekarna Ptuj");
        publish(UUID.randomUUID().toString(), pharmacy);

        await().atMost(Duration.ofSeconds(10)).until(() -> replicas.byId(pharmacy.merchantId()).isPresent());
        assertThat(replicas.byId(pharmacy.merchantId())).hasValueSatisfying(replica -> {
            assertThat(replica.tradingName()).isEqualTo("Lekarna Ptuj");
            assertThat(replica.countryCode()).isEqualTo("SI");
            assertThat(replica.status()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        MerchantRegistered original = ptujPharmacy("Lekarna Ptuj");
        String eventId = UUID.randomUUID().toString();
        publish(eventId, original);
        await().atMost(Duration.ofSeconds(10)).until(() -> replicas.byId(original.merchantId()).isPresent());
        double duplicatesBefore = duplicates();

        // the same event id again; the changed name shows whether it was applied a second time
        publish(eventId, ptujPharmacyWithId(original.merchantId(), "Renamed by a duplicate"));

        await().atMost(Duration.ofSeconds(10)).until(() -> duplicates() > duplicatesBefore);
        assertThat(replicas.byId(original.merchantId())).hasValueSatisfying(
                replica -> assertThat(replica.tradingName()).isEqualTo("Lekarna Ptuj"));
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id").param("id", eventId).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void bytesThatAreNoCloudEventLandOnTheDeadLetterTopicWithTheReason() {
        String key = "poison-" + UUID.randomUUID();
        KafkaSender.sendRaw(Topics.MERCHANT_EVENTS, key, "this is not an event");

        var dead = deadLetters.awaitRecord("the poison record on the dead-letter topic", r -> key.equals(r.key()));
        assertThat(new String(dead.value())).isEqualTo("this is not an event");
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(KafkaTap.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.MERCHANT_EVENTS);
    }

    @Test
    void anEventWhosePayloadDoesNotMatchItsTypeIsDeadLetteredAndLaterEventsStillFlow() {
        String key = UUID.randomUUID().toString();
        OutgoingEvent malformed = new OutgoingEvent(UUID.randomUUID().toString(), "org.citycoop.merchant.merchant-registered.v1",
                "urn:citycoop:merchant-service", key, Topics.MERCHANT_EVENTS, Instant.now(), "{\"merchantId\":\"not-a-uuid\"}");
        KafkaSender.send(Topics.MERCHANT_EVENTS, key, CloudEventsKafkaTransport.toCloudEvent(malformed));

        var dead = deadLetters.awaitRecord("the malformed event on the dead-letter topic", r -> key.equals(r.key()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).contains("does not match");
        assertThat(KafkaTap.header(dead, "ce_id")).isEqualTo(malformed.id());
        assertThat(new String(dead.value())).isEqualTo(malformed.data());

        // the same partition goes on: a good event for the same key is applied
        MerchantRegistered next = ptujPharmacyWithId(UUID.fromString(key), "Lekarna Ptuj");
        publish(UUID.randomUUID().toString(), next);
        await().atMost(Duration.ofSeconds(10)).until(() -> replicas.byId(next.merchantId()).isPresent());
    }

    private static void publish(String eventId, MerchantRegistered event) {
        KafkaSender.publish(event, eventId);
    }

    private double duplicates() {
        var counter = meters.find("citycoop.events.consumed").tag("consumer", MerchantEventsListener.CONSUMER)
                .tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private static MerchantRegistered ptujPharmacy(String name) {
        return ptujPharmacyWithId(UUID.randomUUID(), name);
    }

    private static MerchantRegistered ptujPharmacyWithId(UUID id, String name) {
        return new MerchantRegistered(id, "Lekarna Ptuj d.o.o.", name, "si-ptuj", "SI", "47.73", Instant.parse("2026-11-21T08:00:00Z"));
    }
}
