package org.citycoop.merchant.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.citycoop.platform.refusal.Refused;
import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Registering a merchant stores it and publishes MerchantRegistered through the outbox, or does neither. */
@ServiceIntegrationTest
class MerchantRegistrationIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Autowired
    MerchantRegistration registration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IntegrationEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void aFeldbachBakeryIsPublishedAsACloudEventKeyedByItsId() {
        MerchantRegistered registered = registration.register(
                Shops.shop("Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "10.71"));

        var record = merchantEvents.awaitRecord("MerchantRegistered of the bakery",
                r -> registered.merchantId().toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-registered.v1"));
        assertThat(KafkaTap.header(record, "ce_type")).isEqualTo("org.citycoop.merchant.merchant-registered.v1");
        assertThat(KafkaTap.header(record, "ce_subject")).isEqualTo(registered.merchantId().toString());
        assertThat(KafkaTap.header(record, "ce_source")).isEqualTo("urn:citycoop:merchant-service");
        assertThat(KafkaTap.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTap.header(record, "ce_id")).isNotBlank();
        assertThat(json.readValue(new String(record.value(), StandardCharsets.UTF_8), MerchantRegistered.class)).isEqualTo(registered);
        assertThat(registered.countryCode()).isEqualTo("AT");
        var account = merchantEvents.awaitRecord("PayoutAccountSet of the bakery",
                r -> registered.merchantId().toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("payout-account-set.v1"));
        assertThat(new String(account.value(), StandardCharsets.UTF_8)).contains("\"accountHolder\":\"Bäckerei Fasching GmbH\"").containsPattern("\"iban\":\"AT\\d{18}\"");
    }

    @Test
    void theOutboxEntryIsCompletedOnceKafkaAcknowledged() {
        MerchantRegistered registered = registration.register(
                Shops.shop("Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "47.73"));
        merchantEvents.awaitRecord("MerchantRegistered of the pharmacy", r -> registered.merchantId().toString().equals(r.key()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                        .param("id", "%" + registered.merchantId() + "%").query(Long.class).single()).isZero());
    }

    @Test
    void anUnknownCityRegistersNothingAndPublishesNothing() {
        long merchantsBefore = count("merchant");
        long outboxBefore = count("event_publication");

        assertThatThrownBy(() -> registration.register(Shops.shop("Nowhere Ltd", "Nowhere", "at-atlantis", "47.11")))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal())
                        .isInstanceOfSatisfying(MerchantRefusal.Invalid.class, invalid -> assertThat(invalid.faults())
                                .extracting(Fault::field).containsExactly("cityCode")));

        assertThat(count("merchant")).isEqualTo(merchantsBefore);
        assertThat(count("event_publication")).isEqualTo(outboxBefore);
    }

    @Test
    void aRolledBackRegistrationLeavesNeitherMerchantNorEvent() {
        long merchantsBefore = count("merchant");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            registration.register(Shops.shop("Pekarna Lendava d.o.o.", "Pekarna Lendava", "si-lendava", "10.71"));
            throw new IllegalStateException("the surrounding work failed");
        })).hasMessage("the surrounding work failed");

        assertThat(count("merchant")).isEqualTo(merchantsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%Pekarna Lendava%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        MerchantRegistered event = new MerchantRegistered(java.util.UUID.randomUUID(), "X", "X", "at-weiz", "AT", "47.11",
                java.time.Instant.now());
        assertThatThrownBy(() -> events.publish(event)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside");
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
