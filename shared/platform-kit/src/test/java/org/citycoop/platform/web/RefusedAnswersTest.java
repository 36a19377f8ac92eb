package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/** A use case's refusal is answered with the problem detail its feature maps it to, and an unmapped one as an unexpected error. */
class RefusedAnswersTest {

    /** A feature's refusal, as a store opening in Feldbach might refuse. */
    sealed interface StoreRefusal {
        record MerchantNotActive(String status) implements StoreRefusal {
        }

        record Invalid(List<Fault> faults) implements StoreRefusal {
        }
    }

    static final class StoreRefusalProblems implements RefusalProblems<StoreRefusal> {
        @Override
        public RequestRejected problem(StoreRefusal refusal) {
            return switch (refusal) {
                case StoreRefusal.MerchantNotActive(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-not-active", List.of(), status);
                case StoreRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(RequestRejected.Violation::of).toList());
            };
        }
    }

    private final StaticMessageSource messages = new StaticMessageSource();
    private final RefusedAnswers answers;

    RefusedAnswersTest() {
        messages.addMessage("problem.merchant-not-active.title", Locale.ENGLISH, "Merchant not active");
        messages.addMessage("problem.merchant-not-active.detail", Locale.ENGLISH, "The merchant is {0}.");
        messages.addMessage("merchant.city-unknown", Locale.ENGLISH, "No partner city {0}.");
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("storeRefusalProblems", new StoreRefusalProblems());
        @SuppressWarnings({"unchecked", "rawtypes"})
        ObjectProvider<RefusalProblems<?>> features = (ObjectProvider) beans.getBeanProvider(RefusalProblems.class);
        answers = new RefusedAnswers(features, new ProblemDetailsAdvice(messages, new WebSettings(DataSize.ofMegabytes(1), 0.9)));
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @Test
    void aMappedRefusalIsItsFeaturesProblemDetailWithItsTexts() {
        ResponseEntity<ProblemDetail> answer = answers.refused(new Refused(new StoreRefusal.MerchantNotActive("SUSPENDED")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().getType()).hasToString("urn:citycoop:problem:merchant-not-active");
        assertThat(answer.getBody().getTitle()).isEqualTo("Merchant not active");
        assertThat(answer.getBody().getDetail()).isEqualTo("The merchant is SUSPENDED.");
    }

    @Test
    void aFieldsFaultIsAnEntryOfErrorsWithItsMessage() {
        ResponseEntity<ProblemDetail> answer = answers.refused(new Refused(new StoreRefusal.Invalid(List.of(Fault.of("cityCode", "merchant.city-unknown",
                "at-atlantis")))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().getProperties()).extractingByKey("errors").asString()
                .contains("field=cityCode").contains("code=merchant.city-unknown").contains("message=No partner city at-atlantis.");
    }

    @Test
    void aRefusalNoFeatureMapsIsAnUnexpectedErrorWithAReference() {
        ResponseEntity<ProblemDetail> answer = answers.refused(new Refused("a refusal of no feature"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getType()).hasToString("urn:citycoop:problem:internal");
        assertThat(answer.getBody().getProperties()).containsKey("reference");
    }
}
