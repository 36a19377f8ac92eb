package org.citycoop.merchant.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.merchant.acceptance.KnownPrograms;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The directory with thousands of matches: totals are counted up to 500 (and say so), and a program
 * accepted by thousands of merchants (searched by walking merchants nearest first) gives the same kind
 * of answer as one accepted by a few (searched from its acceptors). In a database of its own.
 */
@ServiceIntegrationTest
// 1,000 "few acceptors": the regional program (3,000) takes the merchant walk, the Weiz one (50) starts from its acceptors
@org.springframework.test.context.TestPropertySource(properties = {"citycoop.test.isolation=directory-scale", "citycoop.directory.few-acceptors=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryAtScaleIT {

    private static final UUID REGION = UUID.randomUUID();
    private static final UUID WEIZ = UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnownPrograms programs;

    /** 3,000 shops in Weiz and Hartberg, all accepting a regional program; 50 of the Weiz ones a Weiz program too. */
    @BeforeAll
    void manyShops() {
        jdbc.sql("""
                INSERT INTO merchant (id, legal_name, trading_name, city_code, nace_code, status, registered_at, latitude, longitude, street,
                                      postal_code, vat_id, updated_at)
                SELECT md5('scale' || g)::uuid, 'Scale ' || g, 'Geschäft ' || g, CASE WHEN g % 2 = 0 THEN 'at-weiz' ELSE 'at-hartberg' END, '47.61',
                       'ACTIVE', now(), CASE WHEN g % 2 = 0 THEN 47.21890 ELSE 47.28060 END + (g % 100) / 10000.0,
                       CASE WHEN g % 2 = 0 THEN 15.62500 ELSE 15.97000 END + (g % 37) / 10000.0, 'Gasse ' || g, '8160', 'SCALE' || g, now()
                FROM generate_series(1, 3000) AS g""").update();
        programs.apply(program(REGION, "REGION", List.of("at-weiz", "at-hartberg")));
        programs.apply(program(WEIZ, "CITY", List.of("at-weiz")));
        jdbc.sql("INSERT INTO acceptance (merchant_id, program_id, accepted_at) SELECT id, :p, now() FROM merchant WHERE legal_name LIKE 'Scale %'")
                .param("p", REGION).update();
        jdbc.sql("""
                INSERT INTO acceptance (merchant_id, program_id, accepted_at)
                SELECT id, :p, now() FROM merchant WHERE legal_name LIKE 'Scale %' AND city_code = 'at-weiz' ORDER BY legal_name LIMIT 50""")
                .param("p", WEIZ).update();
        jdbc.sql("ANALYZE merchant").update();
        jdbc.sql("ANALYZE acceptance").update();
    }

    @Test
    void theServicesConnectionsPlanForSsdStorage() {
        assertThat(jdbc.sql("SHOW random_page_cost").query(String.class).single()).isEqualTo("1.1");
    }

    @Test
    void totalsAreCountedUpToFiveHundredAndSaySo() {
        JsonNode many = get("/api/directory?city=at-weiz");
        assertThat(many.get("total").asLong()).isEqualTo(Directory.MAX_TOTAL).isEqualTo(500);
        assertThat(many.get("totalExact").asBoolean()).isFalse();
        JsonNode few = get("/api/directory?program=" + WEIZ + "&size=10");
        assertThat(few.get("total").asLong()).isEqualTo(50);
        assertThat(few.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void byNameTheSameShopsComeFirstWhicheverWayTheyAreSearched() {
        // every Scale shop accepts the regional program, so its first page is the directory's first page of those towns
        JsonNode region = get("/api/directory?program=" + REGION + "&size=20");
        JsonNode all = get("/api/directory?q=gesch&size=20");
        assertThat(region.get("items").valueStream().map(m -> m.get("id").asString()).toList())
                .isEqualTo(all.get("items").valueStream().map(m -> m.get("id").asString()).toList());
        JsonNode weiz = get("/api/directory?program=" + WEIZ + "&size=100");
        List<String> names = weiz.get("items").valueStream().map(m -> m.get("tradingName").asString()).toList();
        assertThat(names).hasSize(50).isSorted();
    }

    @Test
    void nearestFirstWorksForProgramsWithManyAndWithFewAcceptors() {
        // from Weiz's centre: the many-acceptor program walks merchants by distance, the few-acceptor one sorts its 50
        for (UUID program : List.of(REGION, WEIZ)) {
            JsonNode page = get("/api/directory?program=" + program + "&lat=47.2189&lon=15.625&size=30");
            List<Double> distances = page.get("items").valueStream().map(m -> m.get("distanceKm").asDouble()).toList();
            assertThat(distances).as("program " + program).hasSize(30).isSorted();
            assertThat(page.get("items").valueStream().map(m -> m.get("cityCode").asString())).as("nearest to Weiz are in Weiz")
                    .containsOnly("at-weiz");
        }
        JsonNode fromHartberg = get("/api/directory?program=" + WEIZ + "&lat=47.2806&lon=15.97&size=60");
        assertThat(fromHartberg.get("items").size()).as("only the 50 that accept it, even from the other town").isEqualTo(50);
        JsonNode regionFromHartberg = get("/api/directory?program=" + REGION + "&lat=47.2806&lon=15.97&size=5");
        assertThat(regionFromHartberg.get("items").valueStream().map(m -> m.get("cityCode").asString())).containsOnly("at-hartberg");
    }

    @Test
    void aMerchantThatMovesIsFoundAtItsNewPlaceByProgram() {
        UUID mover = jdbc.sql("SELECT merchant_id FROM acceptance WHERE program_id = :p ORDER BY merchant_id LIMIT 1").param("p", WEIZ)
                .query(UUID.class).single();
        // it moves to Hartberg's centre: from there, it is now the nearest Weiz-program shop
        jdbc.sql("UPDATE merchant SET latitude = 47.28060, longitude = 15.97000 WHERE id = :m").param("m", mover).update();
        JsonNode page = get("/api/directory?program=" + WEIZ + "&lat=47.2806&lon=15.97&size=1");
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(mover.toString());
        assertThat(page.get("items").get(0).get("distanceKm").asDouble()).isLessThan(0.01);
    }

    private static ProgramActivated program(UUID id, String coverage, List<String> cities) {
        return new ProgramActivated(id, Map.of("de", "P", "sl", "P", "hu", "P", "en", "P " + id), "cooperation", "EUR", coverage, cities, 12,
                Instant.now());
    }

    private JsonNode get(String path) {
        var response = ServiceHttp.on(port).get(path, null, "de");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServiceHttp.JSON.readTree(response.body());
    }
}
