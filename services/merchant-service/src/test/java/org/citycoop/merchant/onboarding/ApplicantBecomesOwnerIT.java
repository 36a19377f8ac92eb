package org.citycoop.merchant.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.testsupport.ServiceHttp.JSON;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * Self-onboarding (ADR 0025): a signed-in shopper applies naming their first store; the operator's
 * approval publishes {@code MerchantRegistered} naming the applicant as owner, and opens that store,
 * in one transaction. An application without its store is refused, naming the store's fields.
 */
class ApplicantBecomesOwnerIT extends MerchantServiceIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Test
    void approvalNamesTheApplicantAsOwnerAndOpensTheStoreTheApplicationNames() {
        UUID applicant = UUID.randomUUID();
        String shopper = TestTokens.token().subject(applicant.toString()).roles(Role.SHOPPER).homeCity("si-ptuj").sign();
        var applied = call("POST", "/api/merchant-applications", shopper, JSON.writeValueAsString(Shops.ptujPharmacyApplying()), "sl");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String id = JSON.readTree(applied.body()).get("id").asString();
        JsonNode mine = JSON.readTree(call("GET", "/api/merchant-applications/mine", shopper, null, "sl").body());
        assertThat(mine.get("merchantId").asString()).isEqualTo(id);
        assertThat(mine.get("status").asString()).isEqualTo("APPLIED");
        assertThat(mine.get("storeName").asString()).isEqualTo("Lekarna Ptuj – Stari trg");

        assertThat(call("POST", "/api/merchants/" + id + "/approval", TestTokens.operator(), null, "en").statusCode()).isEqualTo(204);

        MerchantRegistered registered = JSON.readValue(merchantEvents.awaitRecord("MerchantRegistered naming the owner",
                r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-registered.v1")).value(), MerchantRegistered.class);
        assertThat(registered.ownerId()).isEqualTo(applicant);
        assertThat(registered.tradingName()).isEqualTo("Lekarna Ptuj");
        StoreOpened opened = JSON.readValue(merchantEvents.awaitRecord("StoreOpened of the application's store",
                r -> KafkaTap.header(r, "ce_type").endsWith("store-opened.v1") && new String(r.value(), StandardCharsets.UTF_8).contains(id)).value(), StoreOpened.class);
        assertThat(opened.merchantId()).hasToString(id);
        assertThat(opened.name()).isEqualTo("Lekarna Ptuj – Stari trg");
        assertThat(opened.cityCode()).isEqualTo("si-ptuj");
        assertThat(jdbc.sql("SELECT street FROM store WHERE merchant_id = :m").param("m", UUID.fromString(id)).query(String.class).list())
                .containsExactly("Prešernova ulica 5");
        assertThat(JSON.readTree(call("GET", "/api/merchant-applications/mine", shopper, null, "sl").body()).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void anApplicationWithoutItsStoreIsRefusedNamingTheStoreAndNothingIsKept() {
        String shopper = TestTokens.token().subject(UUID.randomUUID().toString()).roles(Role.SHOPPER).homeCity("at-feldbach").sign();
        RegisterMerchant noStore = Shops.feldbachBakery();
        var refused = call("POST", "/api/merchant-applications", shopper, JSON.writeValueAsString(noStore), "de");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("store.name");

        RegisterMerchant badStore = Shops.applying(Shops.feldbachBakery(), new StoreToOpen(" ", "Hauptplatz 1", "8330", "at-atlantis"));
        var named = call("POST", "/api/merchant-applications", shopper, JSON.writeValueAsString(badStore), "en");
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(named.body()).get("errors").valueStream().map(e -> e.get("field").asString())).contains("store.name");
        RegisterMerchant unknownCity = Shops.applying(Shops.feldbachBakery(), new StoreToOpen("Fasching", "Hauptplatz 1", "8330", "at-atlantis"));
        var city = call("POST", "/api/merchant-applications", shopper, JSON.writeValueAsString(unknownCity), "en");
        assertThat(city.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(city.body()).get("errors").valueStream().map(e -> e.get("field").asString())).containsExactly("store.cityCode");
        assertThat(call("GET", "/api/merchant-applications/mine", shopper, null, "en").statusCode()).isEqualTo(404);
    }

    @Test
    void anApplicationEnteredWithoutAnApplicantIsApprovedWithNoOwnerAndNoStore() {
        UUID id = registration.apply(Shops.shop("Konditorei Zach OG", "Konditorei Zach", "at-fehring", "10.71"));
        registration.approve(id);
        MerchantRegistered registered = JSON.readValue(merchantEvents.awaitRecord("MerchantRegistered without an owner",
                r -> id.toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-registered.v1")).value(), MerchantRegistered.class);
        assertThat(registered.ownerId()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM store WHERE merchant_id = :m").param("m", id).query(Long.class).single()).isZero();
    }
}
