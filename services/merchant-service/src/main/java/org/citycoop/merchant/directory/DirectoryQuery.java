package org.citycoop.merchant.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A directory search. All filters optional; {@code lat}/{@code lon} together sort by distance.
 *
 * @param q       text contained in the trading name (at least 2 characters)
 * @param program a voucher program the merchants accept ("where can I spend this voucher?")
 */
public record DirectoryQuery(@Nullable String city, @Nullable String country, @Nullable String sector, @Nullable String q,
        java.util.@Nullable UUID program,
        @Nullable BigDecimal lat, @Nullable BigDecimal lon, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Every problem with the query, named per parameter. */
    public DirectoryQuery {
        List<Violation> problems = new ArrayList<>();
        if (country != null && !country.matches("AT|SI|HU")) {
            problems.add(new Violation("country", "directory.country"));
        }
        if (q != null && q.strip().length() < 2) {
            problems.add(new Violation("q", "directory.q-too-short", 2));
        }
        if ((lat == null) != (lon == null)) {
            problems.add(new Violation(lat == null ? "lat" : "lon", "directory.point-incomplete"));
        }
        if (lat != null && (lat.doubleValue() < -90 || lat.doubleValue() > 90)) {
            problems.add(new Violation("lat", "directory.latitude"));
        }
        if (lon != null && (lon.doubleValue() < -180 || lon.doubleValue() > 180)) {
            problems.add(new Violation("lon", "directory.longitude"));
        }
        if (page < 0) {
            problems.add(new Violation("page", "Min", "page", 0));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new Violation("size", size < 1 ? "Min" : "Max", "size", size < 1 ? 1 : MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        q = q == null ? null : q.strip();
    }
}
