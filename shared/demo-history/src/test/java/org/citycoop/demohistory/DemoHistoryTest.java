package org.citycoop.demohistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.junit.jupiter.api.Test;

/** The generated year, checked for what makes it realistic and safe to publish twice. */
class DemoHistoryTest {

    static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    final List<DemoHistory.Event> events = new DemoHistory(new DemoHistory.Settings(2025, 0.5, 7, "unused")).events();

    @Test
    void theSameSeedMakesTheSameEventsWithTheSameIdsSoARepeatedRunCountsNothingTwice() {
        List<DemoHistory.Event> again = new DemoHistory(new DemoHistory.Settings(2025, 0.5, 7, "unused")).events();
        assertThat(again).hasSameSizeAs(events);
        assertThat(again.stream().map(DemoHistory.Event::id).toList()).isEqualTo(events.stream().map(DemoHistory.Event::id).toList());
        assertThat(again.get(again.size() - 1).payload()).isEqualTo(events.get(events.size() - 1).payload());
    }

    @Test
    void moreVouchersBeforeChristmasAndInTheSpaTownsInSummer() {
        Map<Month, Integer> sold = new HashMap<>();
        Map<Month, Integer> soldInSpaTowns = new HashMap<>();
        for (DemoHistory.Event event : events) {
            if (event.payload() instanceof VoucherIssued issued) {
                Month month = issued.issuedAt().atZone(VIENNA).getMonth();
                sold.merge(month, 1, Integer::sum);
                if (issued.issuer().equals("at-bad-radkersburg") || issued.issuer().equals("si-radenci")) {
                    soldInSpaTowns.merge(month, 1, Integer::sum);
                }
            }
        }
        assertThat(sold.get(Month.DECEMBER)).isGreaterThan(2 * sold.get(Month.MARCH));
        assertThat(sold.get(Month.NOVEMBER)).isGreaterThan(sold.get(Month.MARCH));
        assertThat(sold.get(Month.JANUARY)).isLessThan(sold.get(Month.MARCH));
        assertThat(soldInSpaTowns.get(Month.JULY)).isGreaterThan(soldInSpaTowns.get(Month.MARCH) * 3 / 2);
    }

    @Test
    void everyVoucherIsSpentAfterItWasIssuedWithinTheYearNeverBelowZeroAndSometimesAcrossTheBorder() {
        Map<UUID, VoucherIssued> vouchers = new HashMap<>();
        Map<UUID, Long> left = new HashMap<>();
        int abroad = 0;
        Instant end = LocalDate.of(2026, 1, 1).atStartOfDay(VIENNA).toInstant();
        Map<UUID, String> cityOfShop = new HashMap<>();
        for (DemoHistory.Event event : events) {
            if (event.payload() instanceof org.citycoop.contracts.merchant.MerchantRegistered shop) {
                cityOfShop.put(shop.merchantId(), shop.cityCode());
            }
            if (event.payload() instanceof VoucherIssued issued) {
                vouchers.put(issued.voucherId(), issued);
                left.put(issued.voucherId(), issued.faceValue());
            }
            if (event.payload() instanceof org.citycoop.contracts.redemption.RedemptionReversed reversed) {
                assertThat(left.merge(reversed.voucherId(), reversed.amount(), Long::sum)).isEqualTo(reversed.balanceAfter());
            }
            if (event.payload() instanceof VoucherRedeemed redeemed) {
                VoucherIssued issued = vouchers.get(redeemed.voucherId());
                assertThat(issued).as("issued before it is spent").isNotNull();
                assertThat(redeemed.redeemedAt()).isAfter(issued.issuedAt()).isBefore(end);
                long balance = left.merge(redeemed.voucherId(), -redeemed.amount(), Long::sum);
                assertThat(balance).isEqualTo(redeemed.balanceAfter()).isNotNegative();
                String shopCity = cityOfShop.get(redeemed.merchantId());
                if (!issued.issuer().equals("cooperation")) {
                    assertThat(shopCity).as("a city's voucher is spent in that city").isEqualTo(issued.issuer());
                } else if (!PartnerCity.byCode(shopCity).orElseThrow().currency().equals(redeemed.currency())) {
                    assertThat(redeemed.exchangeRate()).isEqualTo("400");
                    assertThat(redeemed.merchantAmount()).isEqualTo(redeemed.amount() * 4);
                    abroad++;
                }
            }
        }
        assertThat(abroad).as("region vouchers spent in Hungarian shops").isPositive();
    }

    @Test
    void badSettingsAreRefusedWithWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemoHistory.Settings.parse(new String[] {"--scale", "0"}))
                .withMessageContaining("--scale must be above 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoHistory.Settings.parse(new String[] {"--year", "1900"}))
                .withMessageContaining("--year must be a year");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoHistory.Settings.parse(new String[] {"--colour", "red"}))
                .withMessageContaining("unknown option --colour");
        assertThat(DemoHistory.Settings.parse(new String[] {"--scale", "2", "--year", "2024", "--seed", "1"}))
                .isEqualTo(new DemoHistory.Settings(2024, 2, 1, System.getenv().getOrDefault("CITYCOOP_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
    }
}
