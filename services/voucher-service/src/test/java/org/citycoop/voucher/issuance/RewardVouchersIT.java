package org.citycoop.voucher.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.programs.ProgramAdministration;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** points-service asks for a reward voucher (over the real broker): issued once into the wallet, however often asked; impossible requests dead-lettered. */
@ServiceIntegrationTest
class RewardVouchersIT {

    @RegisterExtension
    static final KafkaTap deadLetters = KafkaTap.on(Topics.deadLetter(Topics.POINTS_EVENTS));

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    ProgramAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRewardIsIssuedOnceIntoTheWalletEvenWhenRequestedAgain() {
        UUID program = program();
        UUID shopper = UUID.randomUUID();
        RewardVoucherRequested request = new RewardVoucherRequested(UUID.randomUUID(), shopper, program, 1000, "EUR", 1000, Instant.now());
        KafkaSender.publish(request, UUID.randomUUID().toString());
        KafkaSender.publish(request, UUID.randomUUID().toString()); // points-service published it again after a restart

        String token = TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).sign();
        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/wallet", token, "en").body()).size() > 0);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> vouchersOf(shopper) == 1);
        JsonNode reward = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/wallet", token, "en").body()).get(0);
        assertThat(reward.get("faceValue").decimalValue()).isEqualByComparingTo("10");
        assertThat(reward.get("price").decimalValue()).isEqualByComparingTo("0");
        assertThat(reward.get("subsidy").decimalValue()).isEqualByComparingTo("10");
        assertThat(jdbc.sql("SELECT channel FROM voucher WHERE holder_id = :s").param("s", shopper).query(String.class).single()).isEqualTo("REWARD");
    }

    @Test
    void aRewardOfAClosedProgramGoesToTheDeadLetterTopicWithItsReason() {
        UUID program = program();
        administration.close(program, "ended");
        UUID requestId = UUID.randomUUID();
        KafkaSender.publish(new RewardVoucherRequested(requestId, UUID.randomUUID(), program, 1000, "EUR", 1000, Instant.now()),
                UUID.randomUUID().toString());
        var dead = deadLetters.awaitRecord("dead-lettered reward", r -> new String(r.value(), StandardCharsets.UTF_8).contains(requestId.toString()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).contains("is not active");
    }

    private long vouchersOf(UUID shopper) {
        return jdbc.sql("SELECT count(*) FROM voucher WHERE holder_id = :s").param("s", shopper).query(Long.class).single();
    }

    private UUID program() {
        UUID id = administration.draft(new ProgramTerms(Map.of("de", "Prämie", "sl", "Nagrada", "hu", "Jutalom", "en", "Reward"), "cooperation", "EUR",
                "REGION", null, List.of(new BigDecimal("10")), null, 12, null)).id();
        administration.activate(id);
        return id;
    }
}
