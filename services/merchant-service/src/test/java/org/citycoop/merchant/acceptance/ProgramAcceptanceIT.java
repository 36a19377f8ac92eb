package org.citycoop.merchant.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * voucher-service activates an East Styrian Advent voucher (its event sent to the real broker); the
 * Feldbach bakery opts in and shows up in "where can I spend it?", the Ptuj pharmacy may only once
 * it has a store in a covered town; opting out and closed programs behave.
 */
class ProgramAcceptanceIT extends MerchantServiceIT {

    @RegisterExtension
    static final KafkaTap merchantEvents = KafkaTap.on(Topics.MERCHANT_EVENTS);

    @Autowired
    KnownPrograms programs;

    @Test
    void aFeldbachBakeryOptsInIsFoundByProgramAndOptsOut() {
        UUID program = activated("at-feldbach", "at-fehring");
        UUID bakery = registration.register(Shops.feldbachBakery()).merchantId();
        registration.register(Shops.feldbachBakery()); // another bakery in the covered town, which has not opted in
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(bakery).sign();
        String path = "/api/merchants/" + bakery + "/programs/" + program;

        var accepted = call("PUT", path, owner, "de");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(accepted.body()).get("names").get("de").asString()).isEqualTo("Adventgutschein");
        merchantEvents.awaitRecord("ProgramAccepted", r -> bakery.toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("program-accepted.v1"));
        assertThat(call("PUT", path, owner, "de").statusCode()).as("opting in twice").isEqualTo(200);

        JsonNode found = ServiceHttp.JSON.readTree(call("GET", "/api/directory?program=" + program + "&size=100", null, "de").body());
        assertThat(found.get("items").valueStream().map(m -> m.get("id").asString())).containsExactly(bakery.toString());
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode listed = ServiceHttp.JSON.readTree(call("GET", "/api/merchants/" + bakery + "/programs", null, "de").body());
        assertThat(listed.valueStream().map(a -> a.get("programId").asString())).containsExactly(program.toString());

        assertThat(call("DELETE", path, owner, "de").statusCode()).isEqualTo(204);
        assertThat(call("DELETE", path, owner, "de").statusCode()).as("opting out twice").isEqualTo(204);
        merchantEvents.awaitRecord("ProgramWithdrawn", r -> bakery.toString().equals(r.key())
                && KafkaTap.header(r, "ce_type").endsWith("program-withdrawn.v1"));
        assertThat(ServiceHttp.JSON.readTree(call("GET", "/api/directory?program=" + program, null, "de").body()).get("total").asLong()).isZero();
        // one event each, however often the owner clicked
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> merchantEvents.records().stream()
                .filter(r -> bakery.toString().equals(r.key()) && KafkaTap.header(r, "ce_type").contains("program-")).count() == 2);
    }

    @Test
    void aPharmacyInPtujMayOptInOnlyOnceItHasAStoreInACoveredTown() {
        UUID program = activated("at-feldbach", "at-fehring");
        UUID pharmacy = registration.register(Shops.ptujPharmacy()).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(pharmacy).sign();
        String path = "/api/merchants/" + pharmacy + "/programs/" + program;

        var refused = call("PUT", path, owner, "sl");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Program tu ne velja").contains("si-ptuj");

        var store = ServiceHttp.on(port).call("POST", "/api/merchants/" + pharmacy + "/stores", owner,
                "{\"name\":\"Apotheke Fehring\",\"street\":\"Hauptplatz 2\",\"postalCode\":\"8350\",\"cityCode\":\"at-fehring\"}", "sl");
        assertThat(store.statusCode()).isEqualTo(201);
        assertThat(call("PUT", path, owner, "sl").statusCode()).isEqualTo(200);
    }

    @Test
    void strangersCashiersUnknownAndClosedProgramsAreRefused() {
        UUID program = activated("hu-lenti");
        UUID shop = registration.register(Shops.shop("Lenti Pékség Kft.", "Lenti Pékség", "hu-lenti", "10.71")).merchantId();
        String path = "/api/merchants/" + shop + "/programs/" + program;
        assertThat(call("PUT", path, TestTokens.cashier(shop), "hu").statusCode()).isEqualTo(403);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(call("PUT", path, stranger, "hu").statusCode()).isEqualTo(403);
        assertThat(call("DELETE", path, stranger, "hu").statusCode()).isEqualTo(403);

        var unknown = call("PUT", "/api/merchants/" + shop + "/programs/" + UUID.randomUUID(), TestTokens.operator(), "hu");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nincs ilyen program");
        var unknownInDirectory = call("GET", "/api/directory?program=" + UUID.randomUUID(), null, "en");
        assertThat(unknownInDirectory.statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.JSON.readTree(unknownInDirectory.body()).get("errors").get(0).get("field").asString()).isEqualTo("program");
        assertThat(call("GET", "/api/directory?program=not-a-uuid", null, "en").statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/merchants/" + UUID.randomUUID() + "/programs", null, "en").statusCode()).isEqualTo(404);

        KafkaSender.publish(new ProgramClosed(program, "season over", Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(programs.byId(program).orElseThrow().status()));
        var closed = call("PUT", path, TestTokens.operator(), "en");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("is closed");
    }

    /** Sends the activation voucher-service would publish and waits until this service knows the program. */
    private UUID activated(String... cities) {
        UUID program = UUID.randomUUID();
        KafkaSender.publish(new ProgramActivated(program, Map.of("de", "Adventgutschein", "sl", "Adventni bon", "hu", "Adventi utalvány", "en",
                "Advent voucher"), "cooperation", cities[0].startsWith("hu") ? "HUF" : "EUR", "CITIES", List.of(cities), 24,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> programs.exists(program));
        return program;
    }

    private HttpResponse<String> call(String method, String path, String token, String language) {
        return ServiceHttp.on(port).call(method, path, token, null, language);
    }
}
