package org.citycoop.merchant.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.testsupport.ServiceHttp.JSON;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.citycoop.merchant.MerchantServiceIT;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.testsupport.ServiceHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * "Where can I spend this voucher?": the public directory of active merchants. Runs in a context of
 * its own (so a database of its own): its expectations count every merchant in it.
 */
@org.springframework.test.context.TestPropertySource(properties = "citycoop.test.isolation=directory")
class DirectoryIT extends MerchantServiceIT {

    private static boolean loaded;
    private static UUID suspended;

    /** A small network: Feldbach, Fehring, Bad Radkersburg (AT), Ptuj and Radenci (SI), Lenti (HU). */
    @BeforeEach
    void network() {
        if (loaded) {
            return;
        }
        register("Zuckerbäckerei Feldbach", "at-feldbach", "10.71", "46.95360", "15.88860");
        register("Apotheke Feldbach", "at-feldbach", "47.73", "46.95300", "15.88900");
        register("Buchhandlung Fehring", "at-fehring", "47.61", "46.93560", "16.00940");
        register("Thermen-Apotheke Radkersburg", "at-bad-radkersburg", "47.73", "46.68830", "15.98830");
        register("Lekarna Ptuj", "si-ptuj", "47.73", "46.42000", "15.87000");
        register("Pekarna Radenci", "si-radenci", "10.71", "46.64250", "16.04060");
        register("Gyógyszertár Lenti", "hu-lenti", "47.73", "46.62440", "16.53890");
        suspended = register("Apotheke Geschlossen", "at-feldbach", "47.73", "46.95400", "15.88800");
        registration.suspend(suspended, "test");
        loaded = true;
    }

    @Test
    void anonymousVisitorsFindTheActiveShopsOfACity() {
        JsonNode page = get("/api/directory?city=at-feldbach", "de");
        assertThat(names(page)).containsExactly("Apotheke Feldbach", "Zuckerbäckerei Feldbach");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("sector").asString()).isEqualTo("Apotheke");
    }

    @Test
    void pharmaciesNearestToRadenciComeFirst() {
        JsonNode page = get("/api/directory?sector=47.73&lat=46.6425&lon=16.0406&size=3", "sl");
        // by hand: Bad Radkersburg 6.5 km (5.09 km north, 3.99 km west), Ptuj 28 km, Feldbach 36 km, Lenti 38 km
        assertThat(names(page)).containsExactly("Thermen-Apotheke Radkersburg", "Lekarna Ptuj", "Apotheke Feldbach");
        assertThat(page.get("items").get(0).get("distanceKm").asDouble()).isCloseTo(6.47, org.assertj.core.data.Offset.offset(0.05));
        assertThat(page.get("items").get(0).get("sector").asString()).isEqualTo("Lekarna");
        assertThat(page.get("total").asLong()).isEqualTo(4);
    }

    @Test
    void aNamePartFindsShopsInEveryCountryAndPagesAreCounted() {
        JsonNode first = get("/api/directory?q=apoth&size=1&page=0", "en");
        JsonNode second = get("/api/directory?q=apoth&size=1&page=1", "en");
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(names(first)).containsExactly("Apotheke Feldbach");
        assertThat(names(second)).containsExactly("Thermen-Apotheke Radkersburg");
        assertThat(names(get("/api/directory?country=HU", "hu"))).containsExactly("Gyógyszertár Lenti");
    }

    @Test
    void aSuspendedMerchantIsNotListed() {
        assertThat(names(get("/api/directory?q=Geschlossen", "en"))).isEmpty();
    }

    @Test
    void badParametersAreNamed() {
        assertThat(errorFields("/api/directory?size=1000")).containsExactly("size");
        assertThat(errorFields("/api/directory?lat=46.6")).containsExactly("lon");
        assertThat(errorFields("/api/directory?country=DE&q=x")).containsExactlyInAnyOrder("country", "q");
        assertThat(errorFields("/api/directory?lat=abc&lon=16")).containsExactly("lat");
    }

    private UUID register(String name, String city, String nace, String lat, String lon) {
        RegisterMerchant shop = Shops.shop(name + " GmbH", name, city, nace);
        return registration.register(new RegisterMerchant(shop.legalName(), shop.tradingName(), shop.cityCode(), shop.naceCode(), shop.vatId(),
                shop.iban(), shop.street(), shop.postalCode(), null, null, null, new BigDecimal(lat), new BigDecimal(lon))).merchantId();
    }

    private static java.util.List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("tradingName").asString()).toList();
    }

    private java.util.List<String> errorFields(String path) {
        HttpResponse<String> response = send(path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return JSON.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private JsonNode get(String path, String language) {
        HttpResponse<String> response = send(path, language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String language) {
        return ServiceHttp.on(port).get(path, null, language);
    }
}
