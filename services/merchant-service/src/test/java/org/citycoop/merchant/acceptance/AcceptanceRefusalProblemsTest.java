package org.citycoop.merchant.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of an opt-in is the problem detail it was before it became a domain type. */
class AcceptanceRefusalProblemsTest {

    @Test
    void aClosedProgramIs409NamingTheProgram() {
        RequestRejected problem = new AcceptanceRefusalProblems().problem(new AcceptanceRefusal.ProgramClosed("Feldbach city voucher"));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("409 CONFLICT program-closed");
        assertThat(problem.args()).containsExactly("Feldbach city voucher");
    }

    @Test
    void aProgramOfOtherCitiesIs409NamingTheMerchantsSeat() {
        RequestRejected problem = new AcceptanceRefusalProblems().problem(new AcceptanceRefusal.ProgramNotHere("si-ptuj"));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("409 CONFLICT program-not-here");
        assertThat(problem.args()).containsExactly("si-ptuj");
    }

    @Test
    void aMerchantNotActiveIs409NamingItsStatus() {
        RequestRejected problem = new AcceptanceRefusalProblems().problem(new AcceptanceRefusal.MerchantNotActive(Merchant.Status.SUSPENDED));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("409 CONFLICT merchant-not-active");
        assertThat(problem.args()).containsExactly(Merchant.Status.SUSPENDED);
    }

    @Test
    void unknownMerchantsAndProgramsAre404sAndAnotherMerchants403() {
        assertThat(answer(new AcceptanceRefusal.MerchantUnknown())).isEqualTo("404 NOT_FOUND merchant-unknown");
        assertThat(answer(new AcceptanceRefusal.ProgramUnknown())).isEqualTo("404 NOT_FOUND program-unknown");
        assertThat(answer(new AcceptanceRefusal.NotYourMerchant())).isEqualTo("403 FORBIDDEN not-your-merchant");
    }

    private static String answer(AcceptanceRefusal refusal) {
        RequestRejected problem = new AcceptanceRefusalProblems().problem(refusal);
        assertThat(problem.violations()).isEmpty();
        assertThat(problem.args()).isEmpty();
        return problem.status() + " " + problem.type();
    }
}
