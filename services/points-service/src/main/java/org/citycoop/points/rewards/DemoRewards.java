package org.citycoop.points.rewards;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.points.rewards.decision.NewReward;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** Demo catalogue: a EUR 10 Feldbach voucher for 1,000 points and a EUR 25 regional voucher for 2,500. */
@Component
@RequiredArgsConstructor
class DemoRewards implements DemoDataSet {

    private final Rewards rewards;

    @Override
    public String name() {
        return "points-service/demo-rewards";
    }

    @Override
    public String load() {
        rewards.add(new NewReward(DemoIds.program("Feldbach city voucher"), Map.of("de", "Feldbacher Stadtgutschein 10 €", "sl",
                "Feldbaški mestni bon 10 €", "hu", "Feldbachi városi utalvány 10 €", "en", "Feldbach city voucher EUR 10"), new BigDecimal("10"), "EUR", 1000L),
                id("feldbach-10"));
        rewards.add(new NewReward(DemoIds.program("City Cooperation regional voucher"), Map.of("de", "Regionsgutschein 25 €", "sl",
                "Regijski bon 25 €", "hu", "Regionális utalvány 25 €", "en", "Regional voucher EUR 25"), new BigDecimal("25"), "EUR", 2500L),
                id("region-25"));
        return "2 rewards: a Feldbach EUR 10 voucher for 1,000 points, a regional EUR 25 voucher for 2,500";
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("citycoop-demo-reward:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
