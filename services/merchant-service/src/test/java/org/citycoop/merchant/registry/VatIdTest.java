package org.citycoop.merchant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatIdTest {

    @ParameterizedTest(name = "{0} is a valid {1} VAT id")
    @CsvSource({"ATU13585627, AT", "atu 135 856 27, AT", "SI50223054, SI", "SI 5022 3054, SI", "HU12892312, HU", "HU-12892312, HU"})
    void validIdsOfTheThreeCountriesAreAccepted(String raw, String country) {
        assertThat(VatId.check(raw, country)).isEmpty();
        assertThat(VatId.of(raw, country).value()).doesNotContain(" ").doesNotContain("-").startsWith(country);
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "ATU13585628, AT, WRONG_CHECK_DIGIT",
            "ATU1358562, AT, WRONG_FORMAT",
            "AT13585627, AT, WRONG_FORMAT",
            "SI50223055, SI, WRONG_CHECK_DIGIT",
            "SI05022305, SI, WRONG_FORMAT",
            "HU12892313, HU, WRONG_CHECK_DIGIT",
            "HU1289231, HU, WRONG_FORMAT",
            "SI50223054, AT, WRONG_COUNTRY",
            "DE123456789, DE, WRONG_COUNTRY"})
    void aMistypedIdIsRejectedWithTheReason(String raw, String country, VatId.Problem problem) {
        assertThat(VatId.check(raw, country)).contains(problem);
    }
}
