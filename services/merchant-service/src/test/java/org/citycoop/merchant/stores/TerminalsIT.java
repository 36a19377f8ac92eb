package org.citycoop.merchant.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/** The Ptuj pharmacy registers a till and a phone at its store, retires the phone; the network hears of both, once. */
class TerminalsIT extends MerchantServiceIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Test
    void theOwnerRegistersTerminalsAtHisStoreAndRetiresOne() {
        UUID merchant = registration.register(Shops.ptujPharmacy()).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();
        String store = storeOf(merchant, owner);
        String terminals = "/api/merchants/" + merchant + "/stores/" + store + "/terminals";

        var till = call("POST", terminals, owner, "{\"label\":\"Blagajna 1\",\"kind\":\"POS\"}", "sl");
        assertThat(till.statusCode()).as(till.body()).isEqualTo(201);
        String tillId = ServiceHttp.JSON.readTree(till.body()).get("id").asString();
        assertThat(till.headers().firstValue("Location").orElseThrow()).endsWith(terminals + "/" + tillId);
        var registered = merchantEvents.awaitRecord("TerminalRegistered", r -> KafkaTap.header(r, "ce_type").endsWith("terminal-registered.v1")
                && new String(r.value(), StandardCharsets.UTF_8).contains(tillId));
        assertThat(registered.key()).isEqualTo(merchant.toString());
        assertThat(new String(registered.value(), StandardCharsets.UTF_8)).contains(store).contains("\"kind\":\"POS\"");

        String phoneId = ServiceHttp.JSON.readTree(call("POST", terminals, owner, "{\"label\":\"Telefon\",\"kind\":\"PHONE\"}", "sl").body())
                .get("id").asString();
        var retired = call("POST", terminals + "/" + phoneId + "/retirement", owner, "{\"reason\":\"izgubljen\"}", "sl");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(retired.body()).get("retireReason").asString()).isEqualTo("izgubljen");
        var again = call("POST", terminals + "/" + phoneId + "/retirement", owner, "{\"reason\":\"še enkrat\"}", "sl");
        assertThat(ServiceHttp.JSON.readTree(again.body()).get("retireReason").asString()).as("retiring twice changes nothing").isEqualTo("izgubljen");
        merchantEvents.awaitRecord("TerminalRetired", r -> KafkaTap.header(r, "ce_type").endsWith("terminal-retired.v1")
                && new String(r.value(), StandardCharsets.UTF_8).contains(phoneId));
        // the second retirement publishes nothing: one event stays one for a while after the first arrived
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(3))
                .until(() -> merchantEvents.records().stream().filter(r -> KafkaTap.header(r, "ce_type").endsWith("terminal-retired.v1")
                        && new String(r.value(), StandardCharsets.UTF_8).contains(phoneId)).count() == 1);

        JsonNode listed = ServiceHttp.JSON.readTree(call("GET", terminals, owner, null, "sl").body());
        assertThat(listed.valueStream().map(t -> t.get("label").asString())).containsExactly("Blagajna 1", "Telefon");
        assertThat(listed.get(1).get("retiredAt").isNull()).isFalse();
    }

    @Test
    void cashiersStrangersBadKindsAndOtherMerchantsStoresAreRefused() {
        UUID merchant = registration.register(Shops.feldbachBakery()).merchantId();
        UUID other = registration.register(Shops.ptujPharmacy()).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();
        String store = storeOf(merchant, owner);
        String otherStore = storeOf(other, TestTokens.operator());
        String terminals = "/api/merchants/" + merchant + "/stores/" + store + "/terminals";
        String body = "{\"label\":\"Kassa 2\",\"kind\":\"POS\"}";

        assertThat(call("POST", terminals, TestTokens.cashier(merchant), body, "de").statusCode()).isEqualTo(403);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(other).sign();
        assertThat(call("POST", terminals, stranger, body, "de").statusCode()).isEqualTo(403);
        var foreignStore = call("POST", "/api/merchants/" + merchant + "/stores/" + otherStore + "/terminals", owner, body, "de");
        assertThat(foreignStore.statusCode()).isEqualTo(404);
        assertThat(foreignStore.body()).contains("Keine solche Filiale");

        var badKind = call("POST", terminals, owner, "{\"label\":\"Kassa 2\",\"kind\":\"TOASTER\"}", "de");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind");
        var noLabel = call("POST", terminals, owner, "{\"kind\":\"POS\"}", "de");
        assertThat(noLabel.statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.JSON.readTree(noLabel.body()).get("errors").get(0).get("field").asString()).isEqualTo("label");
        assertThat(call("POST", terminals + "/" + UUID.randomUUID() + "/retirement", owner, "{\"reason\":\"x\"}", "de").statusCode())
                .isEqualTo(404);

        registration.suspend(merchant, "test");
        assertThat(call("POST", terminals, owner, body, "de").statusCode()).as("a suspended merchant registers none").isEqualTo(409);
    }

    private String storeOf(UUID merchant, String token) {
        var opened = call("POST", "/api/merchants/" + merchant + "/stores", token,
                "{\"name\":\"Hauptgeschäft\",\"street\":\"Hauptplatz 1\",\"postalCode\":\"8330\",\"cityCode\":\"at-feldbach\"}", "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(opened.body()).get("id").asString();
    }
}
