package org.citycoop.voucher.issuance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one calendar of dates people read (wallet, PDFs, messages): the cities' date, Europe/Vienna.
 * Ljubljana and Budapest keep the same clock, so a date never differs between the three countries.
 */
public final class CitiesCalendar {

    /** The cities' time zone, and the cooperation's business days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    private CitiesCalendar() {
    }

    /**
     * The last day on which something ending at {@code end} (exclusive) still holds: a voucher that
     * expires at midnight starting 3 December is valid until 2 December, one that expires at 00:30
     * on 3 December is valid until 3 December.
     */
    public static LocalDate lastDayBefore(Instant end) {
        return end.minusNanos(1).atZone(ZONE).toLocalDate();
    }
}
