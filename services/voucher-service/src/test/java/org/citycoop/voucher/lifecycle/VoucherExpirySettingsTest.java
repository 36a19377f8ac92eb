package org.citycoop.voucher.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The expiry job's batch: 500 vouchers unless set, and at least one (a batch of 0 would never end). */
class VoucherExpirySettingsTest {

    @Test
    void withoutASettingVouchersExpireFiveHundredATransaction() {
        assertThat(bind(VoucherExpirySettings.class, Map.of()).batch()).isEqualTo(500);
    }

    @Test
    void aBatchSetInTheConfigurationIsTheOneUsed() {
        assertThat(bind(VoucherExpirySettings.class, Map.of("citycoop.voucher.expiry.batch", "50")).batch()).isEqualTo(50);
    }

    @Test
    void aBatchOfZeroStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(VoucherExpirySettings.class, Map.of("citycoop.voucher.expiry.batch", "0")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.voucher.expiry.batch"));
    }
}
