package org.citycoop.merchant.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.testsupport.ServiceHttp.JSON;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/** A Feldbach bakery opens a second store in Gleisdorf; only its owner (or an operator) may, and the network hears of it. */
class StoresIT extends MerchantServiceIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Test
    void theOwnerOpensASecondStoreInAnotherPartnerCity() {
        UUID merchant = registration.register(Shops.feldbachBakery()).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();
        String store = "{\"name\":\"Filiale Gleisdorf\",\"street\":\"Bürgergasse 1\",\"postalCode\":\"8200\",\"cityCode\":\"at-gleisdorf\"}";

        var opened = call("POST", "/api/merchants/" + merchant + "/stores", owner, store, "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String storeId = JSON.readTree(opened.body()).get("id").asString();
        var event = merchantEvents.awaitRecord("StoreOpened", r -> merchant.toString().equals(r.key())
                && new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8).endsWith("store-opened.v1"));
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains(storeId).contains("at-gleisdorf");

        String cashier = TestTokens.token().roles(Role.CASHIER).merchant(merchant).sign();
        JsonNode stores = JSON.readTree(call("GET", "/api/merchants/" + merchant + "/stores", cashier, null, "en").body());
        assertThat(stores.valueStream().map(s -> s.get("name").asString())).containsExactly("Filiale Gleisdorf");

        assertThat(call("POST", "/api/merchants/" + merchant + "/stores", cashier, store, "en").statusCode()).as("cashiers open no stores")
                .isEqualTo(403);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(call("POST", "/api/merchants/" + merchant + "/stores", stranger, store, "en").statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/merchants/" + merchant + "/stores", stranger, null, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void aStoreOutsideTheNetworkOrOfASuspendedMerchantIsRefused() {
        UUID merchant = registration.register(Shops.ptujPharmacy()).merchantId();
        var outside = call("POST", "/api/merchants/" + merchant + "/stores", TestTokens.operator(),
                "{\"name\":\"Lekarna Maribor\",\"street\":\"Glavni trg 1\",\"postalCode\":\"2000\",\"cityCode\":\"si-maribor\"}", "sl");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(outside.body()).get("errors").get(0).get("field").asString()).isEqualTo("cityCode");

        registration.suspend(merchant, "test");
        assertThat(call("POST", "/api/merchants/" + merchant + "/stores", TestTokens.operator(),
                "{\"name\":\"Lekarna Ormož\",\"street\":\"Ptujska 1\",\"postalCode\":\"2270\",\"cityCode\":\"si-ormoz\"}", "en").statusCode())
                .isEqualTo(409);
    }
}
