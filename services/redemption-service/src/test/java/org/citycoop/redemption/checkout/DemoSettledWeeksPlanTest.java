package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citycoop.platform.demo.DemoIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's past weeks: the three ISO weeks before today's, over by today, every paper voucher spent to nothing. */
class DemoSettledWeeksPlanTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-03", "2026-12-07", "2026-12-13", "2027-01-01"})
    void theWeeksAreTheThreeIsoWeeksBeforeTodaysAndAllSalesFallInThem(String date) {
        LocalDate today = LocalDate.parse(date);
        List<DemoSettledWeeksPlan.Week> weeks = DemoSettledWeeksPlan.weeks(today);
        assertThat(weeks).hasSize(3);
        assertThat(weeks).allSatisfy(week -> {
            assertThat(week.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.sunday()).isEqualTo(week.monday().plusDays(6));
        });
        assertThat(weeks.getLast().sunday()).as("the last one is over").isEqualTo(today.with(DayOfWeek.MONDAY).minusDays(1));
        assertThat(weeks.get(1).monday()).isEqualTo(weeks.getFirst().monday().plusWeeks(1));
        assertThat(DemoSettledWeeksPlan.sales(today)).allSatisfy(sale -> {
            LocalDate day = sale.at(today).atZone(DemoSettledWeeksPlan.ZONE).toLocalDate();
            assertThat(day).isBetween(weeks.getFirst().monday(), weeks.getLast().sunday());
            if (sale.giveBack() != null) {
                assertThat(sale.givenBackAt(today)).isAfter(sale.at(today));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-03", "2027-03-29"})
    void everyPaperVoucherIsSpentToNothingByItsLastSaleAndNeverOverspentBefore(String date) {
        LocalDate today = LocalDate.parse(date);
        Map<String, List<DemoSettledWeeksPlan.Sale>> byVoucher = DemoSettledWeeksPlan.sales(today).stream()
                .collect(Collectors.groupingBy(DemoSettledWeeksPlan.Sale::voucher));
        assertThat(byVoucher.keySet()).containsExactlyInAnyOrderElementsOf(DemoIds.SETTLED_WEEKS_VOUCHERS.stream().map(DemoIds.SettledWeeksVoucher::label).toList());
        for (DemoIds.SettledWeeksVoucher voucher : DemoIds.SETTLED_WEEKS_VOUCHERS) {
            List<DemoSettledWeeksPlan.Sale> sales = byVoucher.get(voucher.label());
            assertThat(sales.getLast().amount()).as(voucher.label() + "'s last sale takes what is left").isNull();
            assertThat(sales.subList(0, sales.size() - 1)).allSatisfy(sale -> assertThat(sale.amount()).isNotNull());
            BigDecimal before = sales.subList(0, sales.size() - 1).stream().map(sale -> new BigDecimal(sale.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(before).as(voucher.label() + " keeps something for its last sale").isLessThan(new BigDecimal(voucher.price()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-03"})
    void theRegionalVoucherIsSpentInCitiesOfAllThreeCountriesAndEveryShopIsADemoShop(String date) {
        List<DemoSettledWeeksPlan.Sale> sales = DemoSettledWeeksPlan.sales(LocalDate.parse(date));
        assertThat(sales).extracting(DemoSettledWeeksPlan.Sale::shop).allSatisfy(shop -> assertThat(DemoSettledWeeksPlan.SHOPS).containsKey(shop));
        assertThat(sales.stream().filter(sale -> sale.voucher().startsWith("region-")).map(sale -> DemoSettledWeeksPlan.SHOPS.get(sale.shop()).substring(0, 2))
                .distinct()).containsExactlyInAnyOrder("at", "si", "hu");
        assertThat(sales.stream().map(DemoSettledWeeksPlan.Sale::shop).distinct()).hasSize(DemoSettledWeeksPlan.SHOPS.size());
    }
}
