package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cities a caller sees figures of: operators and the region's economists all, an economist bound to cities only theirs. */
class CitySightTest {

    @Test
    void anOperatorSeesEveryCity() {
        // given / when
        CitySight operator = CitySight.of(true, false, List.of());
        // then
        assertThat(operator.everyCity()).isTrue();
        assertThat(operator.visible()).isEmpty();
        assertThat(operator.foreign(List.of("at-feldbach", "hu-lenti"))).isEmpty();
    }

    @Test
    void anEconomistOfTheRegionSeesEveryCity() {
        CitySight region = CitySight.of(false, true, List.of("si-ptuj"));
        assertThat(region.everyCity()).isTrue();
        assertThat(region.visible()).isEmpty();
        assertThat(region.foreign(List.of("at-feldbach"))).isEmpty();
    }

    @Test
    void anEconomistOfPtujOrmozAndLenartSeesThoseCitiesOnly() {
        // given
        CitySight ptuj = CitySight.of(false, false, List.of("si-ptuj", "si-ormoz", "si-lenart"));
        // when asking for Ptuj, Feldbach and Lenti
        List<String> foreign = ptuj.foreign(List.of("si-ptuj", "at-feldbach", "hu-lenti"));
        // then Feldbach and Lenti are not theirs, in the order asked
        assertThat(ptuj.everyCity()).isFalse();
        assertThat(ptuj.visible()).containsExactly("si-ptuj", "si-ormoz", "si-lenart");
        assertThat(foreign).containsExactly("at-feldbach", "hu-lenti");
        assertThat(ptuj.foreign(List.of("si-ormoz"))).isEmpty();
    }

    @Test
    void anEconomistBoundToNoCitySeesNoCityButAsksForNoneEither() {
        CitySight nobody = CitySight.of(false, false, List.of());
        assertThat(nobody.everyCity()).isFalse();
        assertThat(nobody.visible()).isEmpty();
        assertThat(nobody.foreign(List.of())).isEmpty();
        assertThat(nobody.foreign(List.of("at-feldbach"))).containsExactly("at-feldbach");
    }
}
