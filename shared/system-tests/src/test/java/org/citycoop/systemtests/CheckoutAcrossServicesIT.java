package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The platform's main journey across three services and the real broker: an operator activates a
 * Ptuj program and sells a voucher into a shopper's wallet (voucher-service); a Ptuj pharmacy opens
 * a store and accepts the program (merchant-service); its till scans and takes part of the voucher
 * (redemption-service); the shopper's wallet shows the balance left and the redemption.
 */
class CheckoutAcrossServicesIT {

    private static RunningService merchants;
    private static RunningService vouchers;
    private static RunningService redemption;

    @BeforeAll
    static void start() {
        merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", Map.of());
        vouchers = RunningService.start(VoucherServiceApplication.class, "voucher-service", Map.of("citycoop.voucher.expiry.enabled", false));
        redemption = RunningService.start(RedemptionServiceApplication.class, "redemption-service", Map.of());
    }

    @AfterAll
    static void stop() {
        redemption.close();
        vouchers.close();
        merchants.close();
    }

    @Test
    void aVoucherSoldInVoucherServiceIsSpentAtATillAndTheWalletShowsWhatIsLeft() {
        String operator = TestTokens.token().subject("operator-journey").roles(Role.OPERATOR).sign();
        ServiceHttp voucherApi = ServiceHttp.on(vouchers.port());
        String program = VoucherPrograms.activated(voucherApi, operator, """
                {"names": {"de": "Ptujer Gutschein", "sl": "Ptujski bon", "hu": "Ptuji utalvány", "en": "Ptuj voucher"},
                 "issuer": "si-ptuj", "currency": "EUR", "coverage": "CITIES", "cityCodes": ["si-ptuj", "si-ormoz"],
                 "denominations": [25], "validityMonths": 12}""", "sl").toString();

        UUID pharmacy = merchants.bean(MerchantRegistration.class).register(Shops.ptujPharmacy()).merchantId();
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(pharmacy).sign();
        ServiceHttp merchantApi = ServiceHttp.on(merchants.port());
        String store = ServiceHttp.JSON.readTree(merchantApi.call("POST", "/api/merchants/" + pharmacy + "/stores", owner,
                "{\"name\":\"Lekarna Ptuj\",\"street\":\"Mestni trg 1\",\"postalCode\":\"2250\",\"cityCode\":\"si-ptuj\"}", "sl").body()).get("id").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> merchantApi.call("PUT", "/api/merchants/" + pharmacy + "/programs/" + program, owner, null, "sl")
                .statusCode() == 200);

        // a shopper claims a paper voucher into the wallet (the token proves the account)
        var sold = voucherApi.call("POST", "/api/counter-sales", operator, "{\"programId\":\"" + program + "\",\"amount\":25,\"currency\":\"EUR\","
                + "\"paymentMethod\":\"CASH\"}", "sl", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String paper = ServiceHttp.JSON.readTree(sold.body()).get("vouchers").get(0).get("code").asString();
        String shopper = TestTokens.token().subject(UUID.randomUUID().toString()).roles(Role.SHOPPER).homeCity("si-ptuj").sign();
        JsonNode claimed = ServiceHttp.JSON.readTree(voucherApi.call("POST", "/api/wallet/claims", shopper, "{\"code\":\"" + paper + "\"}", "sl").body());
        String code = claimed.get("code").asString();
        String voucher = claimed.get("id").asString();

        String till = TestTokens.token().subject("terminal-ptuj").roles(Role.TERMINAL).merchant(pharmacy).store(UUID.fromString(store)).sign();
        ServiceHttp tillApi = ServiceHttp.on(redemption.port());
        // the till learns of the voucher, the new code, the store and the acceptance from the events
        await().atMost(Duration.ofSeconds(5)).until(() -> ServiceHttp.JSON.readTree(tillApi.call("POST", "/api/checkout/scans", till,
                "{\"code\":\"" + code + "\"}", "sl").body()).path("spendable").asBoolean(false));
        assertThat(ServiceHttp.JSON.readTree(tillApi.call("POST", "/api/checkout/scans", till, "{\"code\":\"" + paper + "\"}", "sl").body())
                .get("known").asBoolean()).as("the paper's old code is dead once claimed").isFalse();

        var redeemed = tillApi.call("POST", "/api/checkout/redemptions", till, "{\"code\":\"" + code + "\",\"amount\":7.40,\"currency\":\"EUR\"}", "sl",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
        assertThat(ServiceHttp.JSON.readTree(redeemed.body()).get("balanceAfter").decimalValue()).isEqualByComparingTo("17.60");

        await().atMost(Duration.ofSeconds(5)).until(() -> ServiceHttp.JSON.readTree(voucherApi.get("/api/vouchers/" + voucher, shopper, "sl").body())
                .get("balance").decimalValue().compareTo(new BigDecimal("17.60")) == 0);
        JsonNode history = ServiceHttp.JSON.readTree(voucherApi.get("/api/vouchers/" + voucher + "/history", shopper, "sl").body());
        assertThat(history.valueStream().map(e -> e.get("kind").asString())).containsExactly("REDEEMED");
        assertThat(history.get(0).get("merchant").asString()).isEqualTo("Lekarna Ptuj");
    }
}
