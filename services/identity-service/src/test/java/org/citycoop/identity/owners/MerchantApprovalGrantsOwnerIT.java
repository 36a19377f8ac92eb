package org.citycoop.identity.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * An approved application (MerchantRegistered with ownerId, from merchant-service over Kafka) makes the
 * applicant MERCHANT_OWNER with the merchant's scope, once: the same event again changes nothing, and an
 * applicant whose account is gone is logged, audited and skipped (ADR 0025).
 */
@ServiceIntegrationTest
class MerchantApprovalGrantsOwnerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicantBecomesOwnerOfTheApprovedMerchantKeepingTheirWalletOnce() {
        UUID applicant = shopper("lekarna." + UUID.randomUUID() + "@example.si");
        UUID pharmacy = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        MerchantRegistered approved = approval(pharmacy, applicant);

        KafkaSender.publish(approved, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
        assertThat(roles(applicant)).containsExactly("MERCHANT_OWNER", "SHOPPER");
        assertThat(merchantOf(applicant)).isEqualTo(pharmacy);
        assertThat(grantsAudited(applicant)).isEqualTo(1);

        // the same event delivered again, and the approval published again under a new id: nothing changes
        KafkaSender.publish(approved, eventId);
        String again = UUID.randomUUID().toString();
        KafkaSender.publish(approved, again);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(again));
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id = :id").param("c", MerchantApprovalsListener.CONSUMER)
                .param("id", eventId).query(Long.class).single()).isEqualTo(1);
        assertThat(roles(applicant)).containsExactly("MERCHANT_OWNER", "SHOPPER");
        assertThat(grantsAudited(applicant)).isEqualTo(1);
    }

    @Test
    void anApplicantWhoseAccountIsGoneIsLoggedAuditedAndSkipped() {
        UUID gone = UUID.randomUUID();
        UUID merchant = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        long accounts = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();

        KafkaSender.publish(approval(merchant, gone), eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'OWNER_NOT_GRANTED' AND subject = :s").param("s", gone.toString())
                .query(String.class).list()).containsExactly("merchant " + merchant + ": no such account");
        assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(accounts);
    }

    @Test
    void anApplicantWhoWorksForAnotherMerchantKeepsTheirScope() {
        UUID applicant = shopper("zweiter." + UUID.randomUUID() + "@example.at");
        UUID first = UUID.randomUUID();
        String firstEvent = UUID.randomUUID().toString();
        KafkaSender.publish(approval(first, applicant), firstEvent);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(firstEvent));

        String second = UUID.randomUUID().toString();
        KafkaSender.publish(approval(UUID.randomUUID(), applicant), second);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(second));
        assertThat(merchantOf(applicant)).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'OWNER_NOT_GRANTED' AND subject = :s").param("s", applicant.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMerchantRegisteredByAnOperatorGrantsNothing() {
        UUID applicant = shopper("ohne." + UUID.randomUUID() + "@example.at");
        String eventId = UUID.randomUUID().toString();
        KafkaSender.publish(new MerchantRegistered(UUID.randomUUID(), "Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "AT", "47.61",
                Instant.now()), eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
        assertThat(roles(applicant)).containsExactly("SHOPPER");
    }

    private static MerchantRegistered approval(UUID merchant, UUID owner) {
        return new MerchantRegistered(merchant, "Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "SI", "47.73", Instant.now(), owner);
    }

    private UUID shopper(String email) {
        var created = ServiceHttp.on(port).call("POST", "/api/accounts/shoppers", null,
                "{\"email\":\"" + email + "\",\"password\":\"Dravska-obala-2026\",\"displayName\":\"Mojca Horvat\",\"homeCity\":\"si-ptuj\"}", "sl");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(created.body()).get("id").asString());
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id = :id").param("c", MerchantApprovalsListener.CONSUMER)
                .param("id", eventId).query(Long.class).single() > 0;
    }

    private List<String> roles(UUID account) {
        return jdbc.sql("SELECT unnest(roles) FROM account WHERE id = :id ORDER BY 1").param("id", account).query(String.class).list();
    }

    private UUID merchantOf(UUID account) {
        return jdbc.sql("SELECT merchant_id FROM account WHERE id = :id").param("id", account).query(UUID.class).single();
    }

    private long grantsAudited(UUID account) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROLE_CHANGED' AND subject = :s").param("s", account.toString())
                .query(Long.class).single();
    }
}
