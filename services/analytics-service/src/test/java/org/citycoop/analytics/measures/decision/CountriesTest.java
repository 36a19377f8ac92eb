package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flows are totalled per country of the partner cities; the cooperation's own vouchers come from the network. */
class CountriesTest {

    @Test
    void partnerCitiesLieInAustriaSloveniaOrHungary() {
        assertThat(Countries.of("at-feldbach")).isEqualTo("AT");
        assertThat(Countries.of("si-ptuj")).isEqualTo("SI");
        assertThat(Countries.of("hu-lenti")).isEqualTo("HU");
    }

    @Test
    void theCooperationsVouchersComeFromTheNetwork() {
        assertThat(Countries.of("cooperation")).isEqualTo("network");
    }

    @Test
    void aCityNotInTheNetworkHasNoKnownCountry() {
        assertThat(Countries.of("unknown")).isEqualTo("unknown");
        assertThat(Countries.of("at-graz")).isEqualTo("unknown");
    }
}
