package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A feature's mapping names its refusal type once, in {@code implements RefusalProblems<…>}. */
class RefusalProblemsTest {

    enum TillRefusal { PAUSED }

    static final class TillRefusalProblems implements RefusalProblems<TillRefusal> {
        @Override
        public RequestRejected problem(TillRefusal refusal) {
            return new RequestRejected(HttpStatus.CONFLICT, "till-paused", List.of());
        }
    }

    /** A mapping one class further down still maps what its parent names. */
    static final class PausedTillProblems extends Parent {
    }

    abstract static class Parent implements RefusalProblems<TillRefusal> {
        @Override
        public RequestRejected problem(TillRefusal refusal) {
            return new RequestRejected(HttpStatus.CONFLICT, "till-paused", List.of());
        }
    }

    @Test
    void theRefusalTypeIsTheOneTheMappingNames() {
        assertThat(new TillRefusalProblems().refusals()).isEqualTo(TillRefusal.class);
        assertThat(new PausedTillProblems().refusals()).isEqualTo(TillRefusal.class);
    }

    @Test
    void aMappingThatNamesNoTypeSaysSo() {
        RefusalProblems<TillRefusal> lambda = refusal -> new RequestRejected(HttpStatus.CONFLICT, "till-paused", List.of());
        assertThatThrownBy(lambda::refusals).isInstanceOf(IllegalStateException.class).hasMessageContaining("without naming its refusal type");
    }
}
