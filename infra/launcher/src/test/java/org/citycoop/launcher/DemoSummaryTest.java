package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoSummaryTest {

    private final List<String> said = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final Map<String, Map<String, Object>> info = new HashMap<>();

    @SuppressWarnings("unchecked")
    private void answers(String service, String json) {
        info.put(service, (Map<String, Object>) ((Map<String, Object>) Json.parse(json)).get("demo"));
    }

    private void print() {
        new DemoSummary(name -> info.getOrDefault(name, Map.of()), pauses::add, said::add).print();
    }

    @Test
    void theSummaryIsTheOneTheBashLauncherPrintedFromTheServicesOwnFigures() {
        answers("merchant-service", "{\"demo\":{\"cities\":24,\"merchants\":8,\"stores\":8,\"acceptances\":14,\"acceptedPrograms\":4}}");
        answers("redemption-service", "{\"demo\":{\"merchantReplicas\":8,\"settlements\":{\"count\":21,\"from\":\"2026-11-09\",\"to\":\"2026-11-29\"}}}");
        answers("voucher-service", "{\"demo\":{\"activePrograms\":4,\"walletVouchers\":6}}");
        answers("identity-service", """
                {"demo":{"accounts":[
                  {"email":"economist@citycoop.demo","roles":["ECONOMIST"],"homeCity":null,"region":true,"cityCodes":[]},
                  {"email":"economist.ptuj@citycoop.demo","roles":["ECONOMIST"],"region":false,"cityCodes":["SI-PTU","SI-ORM"]},
                  {"email":"shopper.feldbach@citycoop.demo","roles":["SHOPPER"],"homeCity":"Feldbach","region":false,"cityCodes":[]}]}}
                """);

        print();

        assertThat(said).containsExactly(
                "  24 partner cities; 8 merchants in merchant-service, 8 replicated to redemption-service",
                "  8 stores; 4 active voucher programs, accepted 14 times by the demo merchants",
                "  6 vouchers in the demo shoppers' wallets, 2 paper vouchers to try: DEM0-FE1D-BACH-10EV-R0PA-PERY (Feldbach, EUR 10),",
                "  DEM0-REG1-0N50-EVR0-PAPE-R004 (region, EUR 50) — at the demo terminal's till (README: Try the till)",
                "  settled past weeks at the demo shops: 21 statements of 2026-11-09 to 2026-11-29 (statements, payout files and clearing: README)",
                "",
                "Demo sign-ins (password citycoop-demo-2026), at http://127.0.0.1:9000/login or through the web front:",
                "  economist@citycoop.demo           ECONOMIST · whole region",
                "  economist.ptuj@citycoop.demo      ECONOMIST · SI-PTU, SI-ORM",
                "  shopper.feldbach@citycoop.demo    SHOPPER · Feldbach",
                "Demo terminal (client credentials): terminal-demo-fasching / demo-terminal-fasching-secret",
                "  curl -u terminal-demo-fasching:demo-terminal-fasching-secret -d grant_type=client_credentials http://127.0.0.1:9000/oauth2/token");
        assertThat(pauses).isEmpty();
    }

    @Test
    void servicesThatDoNotAnswerShowAsQuestionMarksAfterWaitingForThem() {
        answers("merchant-service", "{\"demo\":{\"cities\":24,\"merchants\":8,\"stores\":8,\"acceptances\":14,\"acceptedPrograms\":4}}");

        print();

        assertThat(said).startsWith("  24 partner cities; 8 merchants in merchant-service, ? replicated to redemption-service",
                "  8 stores; ? active voucher programs, accepted 14 times by the demo merchants");
        assertThat(said).contains("  the settled past weeks are still being loaded by redemption-service (its log says when)")
                .noneMatch(line -> line.startsWith("Demo sign-ins"));
        // 20 looks for the replicas, 20 for the acceptances, 120 for the settled weeks
        assertThat(pauses).hasSize(160);
    }
}
