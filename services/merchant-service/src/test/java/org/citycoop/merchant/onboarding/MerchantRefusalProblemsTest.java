package org.citycoop.merchant.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of a merchant's life is the problem detail it was before it became a domain type. */
class MerchantRefusalProblemsTest {

    @Test
    void wrongFieldsAreOne400NamingEachWithItsArguments() {
        RequestRejected problem = new MerchantRefusalProblems().problem(new MerchantRefusal.Invalid(List.of(
                Fault.of("cityCode", "merchant.city-unknown", "at-atlantis"), Fault.of("iban", "merchant.iban-checksum"))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.type()).isEqualTo("invalid-request");
        assertThat(problem.violations()).extracting(RequestRejected.Violation::field, RequestRejected.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cityCode", "merchant.city-unknown"),
                        org.assertj.core.groups.Tuple.tuple("iban", "merchant.iban-checksum"));
        assertThat(problem.violations().get(0).args()).containsExactly("at-atlantis");
    }

    @Test
    void aClosedMerchantIsNotEditedWith409SayingFromWhatToWhat() {
        RequestRejected problem = new MerchantRefusalProblems().problem(new MerchantRefusal.NotEditable(Merchant.Status.CLOSED));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.type()).isEqualTo("merchant-status");
        assertThat(problem.args()).containsExactly(Merchant.Status.CLOSED, "EDITED");
        assertThat(problem.violations()).isEmpty();
    }

    @Test
    void aStatusThatCannotBeReachedIs409NamingTheStatusField() {
        RequestRejected problem = new MerchantRefusalProblems().problem(new MerchantRefusal.TransitionRefused(Merchant.Status.CLOSED, Merchant.Status.ACTIVE));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.type()).isEqualTo("merchant-status");
        assertThat(problem.args()).containsExactly(Merchant.Status.CLOSED, Merchant.Status.ACTIVE);
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("status");
            assertThat(v.code()).isEqualTo("merchant.status-transition");
            assertThat(v.args()).containsExactly(Merchant.Status.CLOSED, Merchant.Status.ACTIVE);
        });
    }

    @Test
    void aVatIdRegisteredAlreadyIs409NamingIt() {
        RequestRejected problem = new MerchantRefusalProblems().problem(new MerchantRefusal.VatTaken("ATU12345678"));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.type()).isEqualTo("vat-taken");
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("vatId");
            assertThat(v.code()).isEqualTo("merchant.vat-taken");
            assertThat(v.args()).containsExactly("ATU12345678");
        });
    }

    @Test
    void anotherMerchantIs403AndAnUnknownOne404() {
        assertThat(new MerchantRefusalProblems().problem(new MerchantRefusal.NotYourMerchant()))
                .satisfies(p -> assertThat(p.status() + " " + p.type()).isEqualTo("403 FORBIDDEN not-your-merchant"));
        assertThat(new MerchantRefusalProblems().problem(new MerchantRefusal.MerchantUnknown()))
                .satisfies(p -> assertThat(p.status() + " " + p.type()).isEqualTo("404 NOT_FOUND merchant-unknown"));
    }
}
