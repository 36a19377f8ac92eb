package org.citycoop.merchant.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.testsupport.ServiceHttp.JSON;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * Registering merchants over the API: what is wrong is named field by field in the caller's language
 * (VAT id, IBAN, city, sector), a VAT id registers once, and the lifecycle applied → active →
 * suspended → active → closed publishes an event at each step.
 */
class MerchantOnboardingIT extends MerchantServiceIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Test
    void anOperatorRegistersAPtujPharmacyWhichIsActiveAtOnce() {
        var response = call("POST", "/api/merchants", TestTokens.operator(), json(Shops.ptujPharmacy()), "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = JSON.readTree(response.body()).get("id").asString();

        var record = merchantEvents.awaitRecord("MerchantRegistered", r -> id.equals(r.key())
                && new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8).endsWith("merchant-registered.v1"));
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("org.citycoop.merchant.merchant-registered.v1");
        JsonNode merchant = JSON.readTree(call("GET", "/api/merchants/" + id, TestTokens.operator(), null, "en").body());
        assertThat(merchant.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(merchant.get("countryCode").asString()).isEqualTo("SI");
        assertThat(merchant.get("vatId").asString()).startsWith("SI").doesNotContain(" ");
    }

    @Test
    void aMistypedVatIdIsNamedInGerman() {
        RegisterMerchant bakery = Shops.feldbachBakery();
        String typo = bakery.vatId().substring(0, 10) + ((bakery.vatId().charAt(10) - '0' + 1) % 10);
        var response = call("POST", "/api/merchants", TestTokens.operator(), json(withVat(bakery, typo)), "de");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("vatId");
        assertThat(error.get("message").asString()).isEqualTo("hat eine falsche Prüfziffer: bitte auf Tippfehler prüfen");
    }

    @Test
    void aSlovenianVatIdForAnAustrianShopIsRefused() {
        var response = call("POST", "/api/merchants", TestTokens.operator(), json(withVat(Shops.feldbachBakery(), Shops.nextVatId("SI"))), "sl");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("vatId");
        assertThat(error.get("message").asString()).contains("države trgovca");
    }

    @Test
    void aBadIbanAnUnknownCityAndAnUnknownSectorAreAllNamedAtOnce() {
        RegisterMerchant shop = Shops.shop("Nowhere Ltd", "Nowhere", "at-atlantis", "99.99");
        RegisterMerchant broken = new RegisterMerchant(shop.legalName(), shop.tradingName(), shop.cityCode(), shop.naceCode(), shop.vatId(),
                "AT611904300234573202", shop.street(), shop.postalCode(), null, null, null, null, null);
        var response = call("POST", "/api/merchants", TestTokens.operator(), json(broken), "hu");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).contains("cityCode", "naceCode", "iban");
        assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Érvénytelen kérés");
    }

    @Test
    void aVatIdRegistersOnlyOnce() {
        RegisterMerchant first = Shops.feldbachBakery();
        assertThat(call("POST", "/api/merchants", TestTokens.operator(), json(first), "en").statusCode()).isEqualTo(201);
        RegisterMerchant sameVat = withVat(Shops.shop("Other GmbH", "Other", "at-weiz", "47.11"), first.vatId().toLowerCase());
        var again = call("POST", "/api/merchants", TestTokens.operator(), json(sameVat), "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("errors").get(0).get("field").asString()).isEqualTo("vatId");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        var response = call("POST", "/api/merchants", TestTokens.operator(), "{\"legalName\":\"X\"}", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("tradingName", "cityCode", "naceCode", "vatId", "iban");
    }

    @Test
    void aShopperCannotRegisterAMerchantButMayApply() {
        assertThat(call("POST", "/api/merchants", TestTokens.of(Role.SHOPPER), json(Shops.feldbachBakery()), "en").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/merchant-applications", TestTokens.of(Role.SHOPPER), json(Shops.applying(Shops.feldbachBakery(),
                new StoreToOpen("Bäckerei Fasching", "Hauptplatz 1", "8330", "at-feldbach"))), "en").statusCode())
                .isEqualTo(201);
    }

    @Test
    void anApplicationIsApprovedSuspendedReactivatedAndClosedWithAnEventEachTime() {
        var applied = call("POST", "/api/merchant-applications", TestTokens.of(Role.SHOPPER), json(Shops.ptujPharmacyApplying()), "en");
        String id = JSON.readTree(applied.body()).get("id").asString();
        String operator = TestTokens.operator();
        assertThat(status(id)).isEqualTo("APPLIED");
        // the operators' list of applications holds it; others may not read it; a status that is none is named
        var applications = call("GET", "/api/merchants?status=APPLIED", operator, null, "en");
        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(applications.body()).valueStream().map(m -> m.get("id").asString()).toList()).contains(id);
        assertThat(JSON.readTree(call("GET", "/api/merchants?status=ACTIVE", operator, null, "en").body()).valueStream()
                .map(m -> m.get("id").asString()).toList()).doesNotContain(id);
        assertThat(call("GET", "/api/merchants", TestTokens.of(Role.SHOPPER), null, "en").statusCode()).isEqualTo(403);
        var badStatus = call("GET", "/api/merchants?status=PENDING", operator, null, "en");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status").doesNotContain("Exception");

        assertThat(call("POST", "/api/merchants/" + id + "/suspension", operator, "{\"reason\":\"x\"}", "en").statusCode())
                .as("an applicant cannot be suspended").isEqualTo(409);
        assertThat(call("POST", "/api/merchants/" + id + "/approval", operator, null, "en").statusCode()).isEqualTo(204);
        merchantEvents.awaitRecord("registered on approval", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-registered.v1"));

        assertThat(call("POST", "/api/merchants/" + id + "/suspension", operator, "{\"reason\":\"Unpaid fee\"}", "en").statusCode()).isEqualTo(204);
        merchantEvents.awaitRecord("suspended", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-suspended.v1"));
        assertThat(status(id)).isEqualTo("SUSPENDED");

        assertThat(call("POST", "/api/merchants/" + id + "/reactivation", operator, null, "en").statusCode()).isEqualTo(204);
        merchantEvents.awaitRecord("reactivated", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-updated.v1"));

        assertThat(call("POST", "/api/merchants/" + id + "/closure", operator, "{\"reason\":\"Shop closed\"}", "en").statusCode()).isEqualTo(204);
        merchantEvents.awaitRecord("closed", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-closed.v1"));
        var reopen = call("POST", "/api/merchants/" + id + "/reactivation", operator, null, "de");
        assertThat(reopen.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(reopen.body()).get("detail").asString()).isEqualTo("Ein Händler im Status CLOSED kann nicht ACTIVE werden.");
        assertThat(call("POST", "/api/merchants/" + UUID.randomUUID() + "/approval", operator, null, "en").statusCode()).isEqualTo(404);
    }

    @Test
    void aCashierSeesTheirOwnMerchantOnly() {
        String id = JSON.readTree(call("POST", "/api/merchants", TestTokens.operator(), json(Shops.feldbachBakery()), "en").body()).get("id").asString();
        String own = TestTokens.token().roles(Role.CASHIER).merchant(UUID.fromString(id)).sign();
        assertThat(call("GET", "/api/merchants/" + id, own, null, "en").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/merchants/" + id, TestTokens.token().roles(Role.CASHIER).merchant(UUID.randomUUID()).sign(), null, "en")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theOwnerEditsHowShoppersFindTheShopButNotWherePayoutsGo() {
        String id = JSON.readTree(call("POST", "/api/merchants", TestTokens.operator(), json(Shops.feldbachBakery()), "en").body()).get("id").asString();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.fromString(id)).sign();
        String edit = "{\"tradingName\":\"Bäckerei & Café Fasching\",\"street\":\"Hauptplatz 3\",\"postalCode\":\"8330\",\"openingHours\":\"Mo–Sa 6–18\"}";

        assertThat(call("PUT", "/api/merchants/" + id, owner, edit, "en").statusCode()).isEqualTo(204);
        merchantEvents.awaitRecord("MerchantUpdated", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("merchant-updated.v1")
                && new String(r.value(), StandardCharsets.UTF_8).contains("Bäckerei & Café Fasching"));

        var iban = call("PUT", "/api/merchants/" + id, owner, edit.replace("}", ",\"iban\":\"AT611904300234573201\"}"), "de");
        assertThat(iban.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(iban.body()).get("errors").get(0).get("message").asString()).isEqualTo("darf nur die Kooperation ändern");
        assertThat(call("PUT", "/api/merchants/" + id, TestTokens.operator(), edit.replace("}", ",\"iban\":\"AT611904300234573201\"}"), "en")
                .statusCode()).isEqualTo(204);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(call("PUT", "/api/merchants/" + id, stranger, edit, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void sectorsAreNamedInTheCallersLanguage() {
        JsonNode sectors = JSON.readTree(call("GET", "/api/sectors", null, null, "sl").body());
        JsonNode bakery = sectors.valueStream().filter(s -> s.get("code").asString().equals("10.71")).findFirst().orElseThrow();
        assertThat(bakery.get("name").asString()).startsWith("Pekarna");
        assertThat(bakery.get("names").get("hu").asString()).startsWith("Pékség");
    }

    private String status(String id) {
        return JSON.readTree(call("GET", "/api/merchants/" + id, TestTokens.operator(), null, "en").body()).get("status").asString();
    }

    private static RegisterMerchant withVat(RegisterMerchant m, String vat) {
        return new RegisterMerchant(m.legalName(), m.tradingName(), m.cityCode(), m.naceCode(), vat, m.iban(), m.street(), m.postalCode(), m.email(),
                m.phone(), m.openingHours(), m.latitude(), m.longitude());
    }

    private static String json(RegisterMerchant command) {
        return JSON.writeValueAsString(command);
    }
}
