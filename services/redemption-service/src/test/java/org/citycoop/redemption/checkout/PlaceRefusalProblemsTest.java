package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of a till's place is the problem detail it was before it became a domain type. */
class PlaceRefusalProblemsTest {

    @Test
    void aCallerOfNoMerchantIs403() {
        RequestRejected problem = new PlaceRefusalProblems().problem(new PlaceRefusal.NotAMerchant());

        assertThat(problem.status() + " " + problem.type()).isEqualTo("403 FORBIDDEN checkout-for-merchants");
        assertThat(problem.violations()).isEmpty();
    }

    @Test
    void noStoreIsA400NamingTheStoreField() {
        RequestRejected problem = new PlaceRefusalProblems().problem(new PlaceRefusal.StoreMissing());

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.violations()).singleElement().satisfies(v -> assertThat(v.field() + " " + v.code()).isEqualTo("storeId checkout.store-missing"));
    }

    @Test
    void anotherMerchantsStoreIsA400NamingTheStore() {
        UUID ptujPharmacy = UUID.fromString("5f0c6d0e-2b7a-4c1e-9a43-0d3f7e1b2c11");

        RequestRejected problem = new PlaceRefusalProblems().problem(new PlaceRefusal.StoreUnknown(ptujPharmacy));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("400 BAD_REQUEST invalid-request");
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field() + " " + v.code()).isEqualTo("storeId checkout.store-unknown");
            assertThat(v.args()).containsExactly(ptujPharmacy);
        });
    }
}
