package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.merchant.acceptance.KnownPrograms;
import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * "Where can I spend this voucher?" across two services: an operator activates a program in
 * voucher-service over HTTP; merchant-service learns of it within a second; a Gleisdorf bookshop opts
 * in and the public directory lists it for the program; a shopper's voucher of the program shows the
 * bookshop as a place to spend it (voucher-service's replica) until the bookshop is suspended; closing
 * the program in voucher-service stops new opt-ins.
 */
class ProgramAcceptanceFlowIT {

    private static RunningService vouchers;
    private static RunningService merchants;
    private static int voucherPort;
    private static int merchantPort;

    @BeforeAll
    static void startServices() {
        vouchers = RunningService.start(VoucherServiceApplication.class, "voucher-service", Map.of());
        merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", Map.of());
        voucherPort = vouchers.port();
        merchantPort = merchants.port();
    }

    @AfterAll
    static void stopServices() {
        merchants.close();
        vouchers.close();
    }

    @Test
    void aProgramActivatedInVoucherServiceCanBeAcceptedAndFoundInMerchantService() {
        String operator = TestTokens.operator();
        UUID program = VoucherPrograms.activated(ServiceHttp.on(voucherPort), operator, """
                {"names": {"de": "Gleisdorfer Gutschein", "sl": "Gleisdorfski bon", "hu": "Gleisdorfi utalvány", "en": "Gleisdorf voucher"},
                 "issuer": "at-gleisdorf", "currency": "EUR", "coverage": "CITY", "denominations": [10, 25], "validityMonths": 36}""", "en");

        KnownPrograms known = merchants.bean(KnownPrograms.class);
        // through the outbox and the broker: on two busy cores this can take more than a second (it did in CI)
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> known.exists(program));

        UUID bookshop = merchants.bean(MerchantRegistration.class)
                .register(Shops.shop("Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "47.61")).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(bookshop).sign();
        var accepted = ServiceHttp.on(merchantPort).call("PUT", "/api/merchants/" + bookshop + "/programs/" + program, owner, null, "de");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode found = ServiceHttp.JSON.readTree(ServiceHttp.on(merchantPort).get("/api/directory?program=" + program, null, "de").body());
        assertThat(found.get("items").valueStream().map(m -> m.get("tradingName").asString())).containsExactly("Buchhandlung Plautz");

        // a shopper holding a voucher of the program sees the bookshop where it can be spent, until the bookshop is suspended
        var sold = ServiceHttp.on(voucherPort).call("POST", "/api/counter-sales", operator, "{\"programId\":\"" + program
                + "\",\"amount\":10,\"currency\":\"EUR\",\"paymentMethod\":\"CASH\"}", "de", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String paperCode = ServiceHttp.JSON.readTree(sold.body()).get("vouchers").get(0).get("code").asString();
        String shopper = TestTokens.token().subject(UUID.randomUUID().toString()).roles(Role.SHOPPER).homeCity("at-gleisdorf").sign();
        JsonNode claimed = ServiceHttp.JSON.readTree(ServiceHttp.on(voucherPort).call("POST", "/api/wallet/claims", shopper,
                "{\"code\":\"" + paperCode + "\"}", "de").body());
        String whereToSpend = claimed.get("whereToSpend").asString();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(voucherPort)
                .get(whereToSpend, shopper, "de").body()).valueStream().anyMatch(shop -> shop.get("tradingName").asString().equals("Buchhandlung Plautz")));
        merchants.bean(MerchantRegistration.class).suspend(bookshop, "unpaid fee");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(voucherPort)
                .get(whereToSpend, shopper, "de").body()).isEmpty());
        merchants.bean(MerchantRegistration.class).reactivate(bookshop);

        ServiceHttp.on(voucherPort).call("POST", "/api/programs/" + program + "/closure", operator, "{\"reason\":\"Ende\"}", "en");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> "CLOSED".equals(known.byId(program).orElseThrow().status()));
        UUID latecomer = merchants.bean(MerchantRegistration.class)
                .register(Shops.shop("Café Gleisdorf GmbH", "Café Gleisdorf", "at-gleisdorf", "56.10")).merchantId();
        assertThat(ServiceHttp.on(merchantPort).call("PUT", "/api/merchants/" + latecomer + "/programs/" + program, operator, null, "de")
                .statusCode()).isEqualTo(409);
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(merchantPort).get("/api/directory?program=" + program, null, "de").body())
                .get("total").asLong()).as("vouchers sold stay spendable where they were accepted").isEqualTo(1);
    }
}
