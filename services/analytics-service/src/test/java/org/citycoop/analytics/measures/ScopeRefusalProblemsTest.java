package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A measure's refused question as the problem detail it was before its refusal became a domain type. */
class ScopeRefusalProblemsTest {

    @Test
    void wrongParametersAreOne400ListingEachWithItsArguments() {
        RequestRejected problem = new ScopeRefusalProblems().problem(new ScopeRefusal.Invalid(List.of(Fault.of("groupBy", "measures.choice", "planet", "city"),
                Fault.of("from", "measures.period"))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.type()).isEqualTo("invalid-request");
        assertThat(problem.violations()).extracting(RequestRejected.Violation::field).containsExactly("groupBy", "from");
        assertThat(problem.violations().get(0).args()).containsExactly("planet", "city");
        assertThat(problem.violations().get(1).args()).isEmpty();
    }

    @Test
    void citiesOutsideTheEconomistsAreA403NamingThem() {
        RequestRejected problem = new ScopeRefusalProblems().problem(new ScopeRefusal.NotYourCities("at-feldbach, hu-lenti"));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("403 FORBIDDEN not-your-cities");
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field() + " " + v.code()).isEqualTo("cities measures.not-your-city");
            assertThat(v.args()).containsExactly("at-feldbach, hu-lenti");
        });
    }
}
