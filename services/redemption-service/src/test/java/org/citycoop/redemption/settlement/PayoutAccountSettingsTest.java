package org.citycoop.redemption.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The payout account: name and IBAN must be given, the BIC may be left empty but not be something else. */
class PayoutAccountSettingsTest {

    private static final Map<String, String> FELDBACH = Map.of("citycoop.payouts.debtor-name", "Stadtkooperation Feldbach",
            "citycoop.payouts.debtor-iban", "AT48 3200 0000 1234 5864");

    @Test
    void withoutABicTheAccountHasNone() {
        PayoutAccountSettings account = bind(PayoutAccountSettings.class, FELDBACH);
        assertThat(account.debtorName()).isEqualTo("Stadtkooperation Feldbach");
        assertThat(account.debtorIban()).isEqualTo("AT48 3200 0000 1234 5864");
        assertThat(account.debtorBic()).isEmpty();
    }

    @Test
    void aBicSetInTheConfigurationIsTheOneUsed() {
        Map<String, String> withBic = new java.util.HashMap<>(FELDBACH);
        withBic.put("citycoop.payouts.debtor-bic", "RLNWATWWGRZ");
        assertThat(bind(PayoutAccountSettings.class, withBic).debtorBic()).isEqualTo("RLNWATWWGRZ");
    }

    @Test
    void withoutANameOrIbanTheServiceDoesNotStartAndSaysWhichIsMissing() {
        assertThatThrownBy(() -> bind(PayoutAccountSettings.class, Map.of("citycoop.payouts.debtor-name", "Stadtkooperation Feldbach")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.payouts").contains("debtorIban").doesNotContain("debtorName"));
    }

    @Test
    void aBicThatIsNoBicStopsTheStartNamingTheSetting() {
        Map<String, String> wrongBic = new java.util.HashMap<>(FELDBACH);
        wrongBic.put("citycoop.payouts.debtor-bic", "Raiffeisen");
        assertThatThrownBy(() -> bind(PayoutAccountSettings.class, wrongBic))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.payouts.debtor-bic").contains("must be a BIC"));
    }
}
