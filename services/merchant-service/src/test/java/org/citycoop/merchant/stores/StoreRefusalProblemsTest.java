package org.citycoop.merchant.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of a store or terminal is the problem detail it was before it became a domain type. */
class StoreRefusalProblemsTest {

    @Test
    void aStoreInAnUnknownCityIsA400NamingTheCity() {
        RequestRejected problem = new StoreRefusalProblems().problem(new StoreRefusal.Invalid(List.of(
                Fault.of("cityCode", "merchant.city-unknown", "at-atlantis"), Fault.of("longitude", "directory.point-incomplete"))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.type()).isEqualTo("invalid-request");
        assertThat(problem.violations()).extracting(RequestRejected.Violation::field).containsExactly("cityCode", "longitude");
        assertThat(problem.violations().get(0).args()).containsExactly("at-atlantis");
        assertThat(problem.violations().get(1).args()).isEmpty();
    }

    @Test
    void aSuspendedMerchantOpensNothingWith409NamingItsStatus() {
        RequestRejected problem = new StoreRefusalProblems().problem(new StoreRefusal.MerchantNotActive(Merchant.Status.SUSPENDED));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.type()).isEqualTo("merchant-not-active");
        assertThat(problem.args()).containsExactly(Merchant.Status.SUSPENDED);
    }

    @Test
    void unknownMerchantsStoresAndTerminalsAre404sAndAnotherMerchants403() {
        assertThat(answer(new StoreRefusal.MerchantUnknown())).isEqualTo("404 NOT_FOUND merchant-unknown");
        assertThat(answer(new StoreRefusal.StoreUnknown())).isEqualTo("404 NOT_FOUND store-unknown");
        assertThat(answer(new StoreRefusal.TerminalUnknown())).isEqualTo("404 NOT_FOUND terminal-unknown");
        assertThat(answer(new StoreRefusal.NotYourMerchant())).isEqualTo("403 FORBIDDEN not-your-merchant");
    }

    private static String answer(StoreRefusal refusal) {
        RequestRejected problem = new StoreRefusalProblems().problem(refusal);
        assertThat(problem.violations()).isEmpty();
        assertThat(problem.args()).isEmpty();
        return problem.status() + " " + problem.type();
    }
}
