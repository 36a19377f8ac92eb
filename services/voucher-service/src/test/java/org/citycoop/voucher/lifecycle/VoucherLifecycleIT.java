package org.citycoop.voucher.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.voucher.VoucherServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * After the sale: an operator cancels a voucher (refund in the event); Petra gives one to Stefan
 * (new code each time it changes hands, the old one dead); the expiry job's work expires a due voucher
 * once with its breakage.
 */
@TestPropertySource(properties = "citycoop.voucher.expiry.enabled=false") // expiry is driven by the test here
class VoucherLifecycleIT extends VoucherServiceIT {

    @RegisterExtension
    static final KafkaTap voucherEvents = KafkaTap.on(Topics.VOUCHER_EVENTS);

    private static final String OPERATOR = TestTokens.token().subject("operator-lifecycle").roles(Role.OPERATOR).sign();

    @Autowired
    VoucherLifecycle lifecycle;

    UUID program;
    UUID petra;
    UUID stefan;

    @BeforeEach
    void programAndShoppers() {
        program = regionalProgram("Regionalgutschein", "Regionalni bon", "Regionális utalvány", "Regional voucher");
        petra = shopper("si-ptuj");
        stefan = shopper("at-feldbach");
    }

    @Test
    void anOperatorCancelsAVoucherAndTheEventSaysWhatIsRefunded() {
        JsonNode voucher = sellTo(petra);
        String id = voucher.get("id").asString();
        var cancelled = call("POST", "/api/vouchers/" + id + "/cancellation", OPERATOR, "{\"reason\":\"sold by mistake\"}", "en");
        assertThat(ServiceHttp.JSON.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
        var event = voucherEvents.awaitRecord("VoucherCancelled", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("voucher-cancelled.v1"));
        VoucherCancelled cancelledEvent = ContractEvents.decoded(json, event, VoucherCancelled.class);
        assertThat(cancelledEvent.refund()).isEqualTo(2500);
        assertThat(cancelledEvent.currency()).isEqualTo("EUR");
        assertThat(cancelledEvent.reason()).isEqualTo("sold by mistake");
        assertThat(call("POST", "/api/vouchers/" + id + "/cancellation", OPERATOR, "{\"reason\":\"again\"}", "en").statusCode())
                .as("cancelling twice").isEqualTo(200);
        assertThat(call("POST", "/api/vouchers/" + id + "/cancellation", token(petra), "{\"reason\":\"mine\"}", "en").statusCode()).isEqualTo(403);
        var give = call("POST", "/api/vouchers/" + id + "/gift", token(petra), null, "de");
        assertThat(give.statusCode()).as("a cancelled voucher is given to nobody").isEqualTo(409);
        assertThat(give.body()).contains("nicht mehr gültig");
        assertThat(call("POST", "/api/vouchers/" + id + "/cancellation", OPERATOR, "{}", "en").statusCode()).as("no reason").isEqualTo(400);
    }

    @Test
    void petraGivesAVoucherToStefanAndEachHandOverMakesANewCode() {
        JsonNode voucher = sellTo(petra);
        String id = voucher.get("id").asString();
        String petrasCode = voucher.get("code").asString();

        var given = ServiceHttp.JSON.readTree(call("POST", "/api/vouchers/" + id + "/gift", token(petra), null, "sl").body());
        String giftCode = given.get("code").asString();
        assertThat(giftCode).isNotEqualTo(petrasCode);
        assertThat(given.get("bearer").asBoolean()).isTrue();
        assertThat(ServiceHttp.JSON.readTree(call("GET", "/api/wallet", token(petra), null, "sl").body()).size()).isZero();
        assertThat(call("POST", "/api/vouchers/" + id + "/gift", token(stefan), null, "de").statusCode()).as("not his to give").isEqualTo(404);

        assertThat(claim(stefan, petrasCode).statusCode()).as("Petra's old code is dead").isEqualTo(404);
        var claimed = claim(stefan, giftCode.toLowerCase().replace("-", " "));
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        String stefansCode = ServiceHttp.JSON.readTree(claimed.body()).get("code").asString();
        assertThat(stefansCode).isNotIn(petrasCode, giftCode);
        JsonNode wallet = ServiceHttp.JSON.readTree(call("GET", "/api/wallet", token(stefan), null, "de").body());
        assertThat(wallet.valueStream().map(v -> v.get("code").asString())).containsExactly(stefansCode);
        assertThat(claim(petra, stefansCode).statusCode()).as("a wallet's voucher is claimed by nobody else").isEqualTo(409);

        // two hand-overs, two events (the refused attempts publish nothing)
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> voucherEvents.records().stream()
                .filter(r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("voucher-transferred.v1")).count() == 2);
    }

    @Test
    void aMistypedCodeIsRefusedBeforeAnyLookup() {
        String code = sellTo(petra).get("code").asString();
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == 'X' ? 'Y' : 'X');
        var refused = claim(stefan, typo);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.JSON.readTree(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(refused.body()).contains("Tippfehler");
    }

    @Test
    void aDueVoucherExpiresOnceWithItsBreakage() {
        String id = sellTo(petra).get("id").asString();
        jdbc.sql("UPDATE voucher SET expires_at = now() - interval '1 second' WHERE id = :id").param("id", UUID.fromString(id)).update();
        assertThat(lifecycle.expireDue(Instant.now(), 500)).isPositive();
        assertThat(lifecycle.expireDue(Instant.now(), 500)).isZero();
        var event = voucherEvents.awaitRecord("VoucherExpired", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("voucher-expired.v1"));
        VoucherExpired expired = ContractEvents.decoded(json, event, VoucherExpired.class);
        assertThat(expired.breakage()).isEqualTo(2500);
        assertThat(expired.currency()).isEqualTo("EUR");
        JsonNode wallet = ServiceHttp.JSON.readTree(call("GET", "/api/wallet", token(petra), null, "en").body());
        assertThat(wallet.valueStream().filter(v -> v.get("id").asString().equals(id)).map(v -> v.get("status").asString())).containsExactly("EXPIRED");
    }

    private JsonNode sellTo(UUID shopper) {
        return soldAtTheCounter(OPERATOR, program, shopper);
    }

    private HttpResponse<String> claim(UUID shopper, String code) {
        return call("POST", "/api/wallet/claims", token(shopper), "{\"code\":\"" + code + "\"}", "de");
    }

    private UUID shopper(String homeCity) {
        UUID id = UUID.randomUUID();
        KafkaSender.publish(new UserRegistered(id, List.of("SHOPPER"), homeCity, null, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> shoppers.exists(id));
        return id;
    }

    private static String token(UUID shopper) {
        return TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).sign();
    }
}
