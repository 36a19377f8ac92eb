package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citycoop.platform.refusal.Refused;
import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The common parameters of a measure checked into a scope, each fault a refusal and that refusal's problem detail (no container: the rules are plain Java). */
class ScopeTest {

    static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    static final BigDecimal RATE = new BigDecimal("400");

    static Caller economist(List<String> cities, boolean region) {
        return new Caller("economist", Set.of(Role.ECONOMIST), Optional.empty(), cities, region, Optional.empty(), Optional.empty());
    }

    @Test
    void anEconomistOfPtujAskingForPtujInForintsGetsThatScope() {
        // given
        Caller ptuj = economist(List.of("si-ptuj", "si-ormoz"), false);
        // when
        Scope scope = Scope.of(ptuj, FIRST, LAST, List.of("si-ptuj"), List.of("SI"), List.of("47"), List.of("4b0e9bd2-8a4e-4d3c-9d4c-0f3c2e8c1a11"),
                "HUF", RATE, List.of());
        // then
        assertThat(scope.from()).isEqualTo(FIRST);
        assertThat(scope.to()).isEqualTo(LAST);
        assertThat(scope.everyCity()).isFalse();
        assertThat(scope.visibleCities()).containsExactly("si-ptuj", "si-ormoz");
        assertThat(scope.programs()).hasSize(1);
        assertThat(scope.show(6_200)).hasToString("24800");
    }

    @Test
    void everyBadParameterIsNamedAtOnceBesideThoseFoundBefore() {
        // given a question wrong in every parameter, and a bad groupBy found by the controller
        List<Fault> before = List.of(Fault.of("groupBy", "measures.choice", "planet", "city"));
        // when
        RequestRejected rejected = rejected(() -> Scope.of(economist(List.of(), true), LAST, FIRST,
                List.of("xx-nowhere"), List.of("DE"), List.of("4"), List.of("abc"), "USD", RATE, before));
        // then
        assertThat(rejected.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.violations()).extracting(RequestRejected.Violation::field).containsExactly("groupBy", "from", "cities", "countries",
                "sectors", "programs", "currency");
        assertThat(rejected.violations()).extracting(RequestRejected.Violation::code).containsExactly("measures.choice", "measures.period",
                "measures.city", "measures.country", "measures.sector", "measures.program", "measures.currency");
    }

    @Test
    void moreThanFiveYearsIsTooLongAPeriod() {
        RequestRejected rejected = rejected(() -> Scope.of(economist(List.of(), true), LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 1, 2), List.of(), List.of(), List.of(), List.of(), "EUR", RATE, List.of()));
        assertThat(rejected.violations()).extracting(RequestRejected.Violation::field, RequestRejected.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "measures.period-too-long"));
    }

    @Test
    void anEconomistOfPtujAskingForFeldbachIsRefusedAsNotTheirCities() {
        // given
        Caller ptuj = economist(List.of("si-ptuj"), false);
        // when
        RequestRejected rejected = rejected(() -> Scope.of(ptuj, FIRST, LAST, List.of("si-ptuj", "at-feldbach",
                "hu-lenti"), List.of(), List.of(), List.of(), "EUR", RATE, List.of()));
        // then
        assertThat(rejected.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rejected.type()).isEqualTo("not-your-cities");
        assertThat(rejected.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("measures.not-your-city");
            assertThat(violation.args()).containsExactly("at-feldbach, hu-lenti");
        });
    }

    @Test
    void theRegionsEconomistSeesEveryCity() {
        Scope scope = Scope.of(economist(List.of(), true), FIRST, LAST, List.of("at-feldbach"), List.of(), List.of(), List.of(), "EUR", RATE, List.of());
        assertThat(scope.everyCity()).isTrue();
        assertThat(scope.visibleCities()).isEmpty();
    }

    /** The problem detail the refusal of {@code asking} becomes at the web edge. */
    private static RequestRejected rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable asking) {
        return new ScopeRefusalProblems().problem((ScopeRefusal) catchThrowableOfType(Refused.class, asking).refusal());
    }
}
