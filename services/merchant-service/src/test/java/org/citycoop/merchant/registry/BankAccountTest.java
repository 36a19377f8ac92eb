package org.citycoop.merchant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankAccountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AT611904300234573201", "AT61 1904 3002 3457 3201", "SI56263300012039086", "HU42117730161111101800000000"})
    void ibansOfTheRegionAreAccepted(String iban) {
        assertThat(BankAccount.check(iban)).isEmpty();
        assertThat(BankAccount.of(iban).iban()).doesNotContain(" ");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"AT611904300234573202, WRONG_CHECK_DIGITS", "AT6119043002345732, WRONG_FORMAT", "XX611904300234573201, WRONG_FORMAT",
            "not an iban, WRONG_FORMAT"})
    void aMistypedIbanIsRejectedWithTheReason(String iban, BankAccount.Problem problem) {
        assertThat(BankAccount.check(iban)).contains(problem);
    }
}
