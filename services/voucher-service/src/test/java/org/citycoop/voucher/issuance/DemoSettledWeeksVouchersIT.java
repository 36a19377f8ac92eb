package org.citycoop.voucher.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.citycoop.platform.demo.DemoDataLoader;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * voucher-service's demo data issues the seven paper vouchers redemption-service spends in the settled past
 * weeks, with the codes both services derive from their labels, in no one's wallet; the demo shoppers'
 * wallets keep their five vouchers, and loading again issues nothing.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"citycoop.test.isolation=demo-settled-weeks-vouchers", "citycoop.demo-data.enabled=true"})
class DemoSettledWeeksVouchersIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Value("${citycoop.voucher-codes.hash-key}")
    String hashKey;

    @LocalServerPort
    int port;

    @Test
    void thePaperVouchersOfTheSettledWeeksAreIssuedOnceToNoOneWithTheirCodes() {
        byte[] key = Base64.getDecoder().decode(hashKey);
        List<String> hashes = DemoIds.SETTLED_WEEKS_VOUCHERS.stream().map(voucher -> voucher.code().keyedHash(key)).toList();
        record Issued(String codeHash, long faceValue, String currency) {
        }
        List<Issued> issued = jdbc.sql("SELECT code_hash, face_value, currency FROM voucher WHERE code_hash IN (:h) AND holder_id IS NULL AND status = 'ACTIVE'")
                .param("h", hashes).query(Issued.class).list();
        assertThat(issued).extracting(Issued::codeHash).containsExactlyInAnyOrderElementsOf(hashes);
        assertThat(issued).filteredOn(voucher -> voucher.codeHash().equals(hashes.get(2))).singleElement()
                .satisfies(ptuj -> assertThat(ptuj.faceValue()).as("the Ptuj voucher's 10 % bonus").isEqualTo(2750));
        assertThat(issued).filteredOn(voucher -> voucher.codeHash().equals(hashes.get(3))).singleElement()
                .satisfies(lenti -> assertThat(lenti.currency().strip() + " " + lenti.faceValue()).isEqualTo("HUF 10000"));
        assertThat(jdbc.sql("SELECT count(*) FROM voucher WHERE holder_id IS NOT NULL").query(Long.class).single()).as("the wallets as the README says")
                .isEqualTo(5L);

        loader.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM voucher WHERE code_hash IN (:h)").param("h", hashes).query(Long.class).single()).isEqualTo(7L);
    }

    @Test
    void theDemoFiguresAreAnyonesAtActuatorInfoForTheLaunchersSummary() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/info"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode demo = JsonMapper.builder().build().readTree(response.body()).path("demo");
        assertThat(demo.path("walletVouchers").asLong()).as("the wallets as the README says").isEqualTo(5L);
        assertThat(demo.path("activePrograms").asLong()).isEqualTo(jdbc.sql("SELECT count(*) FROM program WHERE status = 'ACTIVE'").query(Long.class).single())
                .isPositive();
    }
}
