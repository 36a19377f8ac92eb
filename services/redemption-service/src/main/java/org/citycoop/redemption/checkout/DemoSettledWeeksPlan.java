package org.citycoop.redemption.checkout;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the demo shops took in the three ISO weeks before the first start: which paper voucher
 * ({@code DemoIds.SETTLED_WEEKS_VOUCHERS}) paid how much at which demo shop when, and what was given back.
 * Every voucher is spent to nothing (its last sale takes what is left); the regional voucher is spent in
 * six cities of three countries (two of them forint shops), so clearing between cities has figures.
 * Pure: no database, no clock.
 */
final class DemoSettledWeeksPlan {

    /** The business days' zone (settlement's): Vienna, Ljubljana and Budapest keep the same time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    /** A demo shop by trading name (its merchant and store ids follow from it) and its city. */
    static final Map<String, String> SHOPS = Map.of(
            "Bäckerei Fasching", "at-feldbach",
            "Buchhandlung Plautz", "at-gleisdorf",
            "Thermenshop Bad Radkersburg", "at-bad-radkersburg",
            "Lekarna Ptuj", "si-ptuj",
            "Pekarna Lendava", "si-lendava",
            "Vinoteka Radenci", "si-radenci",
            "Rába Cukrászda", "hu-szentgotthard",
            "Termál Bolt Lenti", "hu-lenti");

    /** Part of a sale given back later that day (goods brought back). */
    record GiveBack(LocalTime at, String amount) {
    }

    /**
     * One voucher payment: {@code weeksAgo} ISO weeks before the current one, in the voucher's currency;
     * {@code amount} null means all that is left on it.
     */
    record Sale(int weeksAgo, DayOfWeek day, LocalTime time, String shop, String voucher, @Nullable String amount, @Nullable GiveBack giveBack) {

        Instant at(LocalDate today) {
            return monday(today, weeksAgo).with(day).atTime(time).atZone(ZONE).toInstant();
        }

        @Nullable
        Instant givenBackAt(LocalDate today) {
            return giveBack == null ? null : monday(today, weeksAgo).with(day).atTime(giveBack.at()).atZone(ZONE).toInstant();
        }
    }

    /** One settled period: an ISO week, Monday to Sunday. */
    record Week(LocalDate monday, LocalDate sunday) {
    }

    static final int WEEKS = 3;

    private static final List<Sale> SALES = List.of(
            sale(3, DayOfWeek.MONDAY, "10:15", "Lekarna Ptuj", "ptuj-1", "11.00"),
            sale(3, DayOfWeek.TUESDAY, "08:40", "Bäckerei Fasching", "feldbach-1", "12.40"),
            sale(3, DayOfWeek.WEDNESDAY, "16:05", "Lekarna Ptuj", "region-3", "9.80"),
            sale(3, DayOfWeek.THURSDAY, "09:30", "Bäckerei Fasching", "region-1", "23.50"),
            sale(3, DayOfWeek.FRIDAY, "14:20", "Termál Bolt Lenti", "lenti-1", "3500"),
            sale(3, DayOfWeek.SATURDAY, "09:10", "Bäckerei Fasching", "feldbach-2", "8.90"),
            sale(2, DayOfWeek.MONDAY, "11:45", "Lekarna Ptuj", "region-1", "14.20"),
            sale(2, DayOfWeek.TUESDAY, "15:30", "Termál Bolt Lenti", "region-2", "15.00"),
            sale(2, DayOfWeek.WEDNESDAY, "10:00", "Lekarna Ptuj", "ptuj-1", "9.00"),
            sale(2, DayOfWeek.THURSDAY, "13:15", "Rába Cukrászda", "region-3", "8.00"),
            new Sale(2, DayOfWeek.FRIDAY, LocalTime.parse("08:55"), "Bäckerei Fasching", "feldbach-1", "17.60", new GiveBack(LocalTime.parse("11:20"), "5.00")),
            sale(2, DayOfWeek.SATURDAY, "10:30", "Termál Bolt Lenti", "lenti-1", "4200"),
            sale(1, DayOfWeek.MONDAY, "09:05", "Termál Bolt Lenti", "lenti-1", null),
            sale(1, DayOfWeek.TUESDAY, "12:10", "Buchhandlung Plautz", "region-1", null),
            sale(1, DayOfWeek.TUESDAY, "16:00", "Pekarna Lendava", "region-2", "10.00"),
            sale(1, DayOfWeek.WEDNESDAY, "15:40", "Thermenshop Bad Radkersburg", "region-2", null),
            sale(1, DayOfWeek.WEDNESDAY, "17:20", "Bäckerei Fasching", "feldbach-2", null),
            sale(1, DayOfWeek.THURSDAY, "10:50", "Lekarna Ptuj", "ptuj-1", null),
            sale(1, DayOfWeek.FRIDAY, "11:25", "Vinoteka Radenci", "region-3", null),
            sale(1, DayOfWeek.SATURDAY, "09:45", "Bäckerei Fasching", "feldbach-1", null));

    private DemoSettledWeeksPlan() {
    }

    /** The sales in the order they happened. */
    static List<Sale> sales(LocalDate today) {
        return SALES.stream().sorted(Comparator.comparing(sale -> sale.at(today))).toList();
    }

    /** The weeks to settle, oldest first: the {@value #WEEKS} ISO weeks before the one {@code today} is in. */
    static List<Week> weeks(LocalDate today) {
        return java.util.stream.IntStream.iterate(WEEKS, ago -> ago >= 1, ago -> ago - 1)
                .mapToObj(ago -> new Week(monday(today, ago), monday(today, ago).plusDays(6))).toList();
    }

    private static LocalDate monday(LocalDate today, int weeksAgo) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(weeksAgo);
    }

    private static Sale sale(int weeksAgo, DayOfWeek day, String time, String shop, String voucher, @Nullable String amount) {
        return new Sale(weeksAgo, day, LocalTime.parse(time), shop, voucher, amount, null);
    }
}
