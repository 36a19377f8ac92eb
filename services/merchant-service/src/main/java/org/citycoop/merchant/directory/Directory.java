package org.citycoop.merchant.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches active merchants. Name search uses a trigram index; distance is the great-circle
 * distance (haversine) from the given point, in kilometres.
 */
@Repository
public class Directory {

    /** One merchant as the directory shows it. */
    public record Entry(UUID id, String tradingName, String cityCode, String cityName, String countryCode, String naceCode, String sector,
            @Nullable String street, @Nullable String postalCode, @Nullable String openingHours, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, @Nullable Double distanceKm) {
    }

    /** A page of results and how many there are in all. */
    public record Page(List<Entry> items, int page, int size, long total) {
    }

    private static final String FROM = """
            FROM merchant m JOIN city c ON c.code = m.city_code JOIN sector s ON s.code = m.nace_code
            WHERE m.status = 'ACTIVE'
              AND (CAST(:city AS TEXT) IS NULL OR m.city_code = :city)
              AND (CAST(:country AS TEXT) IS NULL OR c.country_code = :country)
              AND (CAST(:sector AS TEXT) IS NULL OR m.nace_code = :sector)
              AND (CAST(:q AS TEXT) IS NULL OR lower(m.trading_name) LIKE '%' || lower(:q) || '%')""";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page search(DirectoryQuery query, String language) {
        String sectorName = switch (language) {
            case "de" -> "s.name_de";
            case "sl" -> "s.name_sl";
            case "hu" -> "s.name_hu";
            default -> "s.name_en";
        };
        boolean near = query.lat() != null;
        String distance = near ? """
                6371.0088 * 2 * asin(sqrt(power(sin(radians(m.latitude - :lat) / 2), 2)
                    + cos(radians(:lat)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - :lon) / 2), 2)))""" : "CAST(NULL AS DOUBLE PRECISION)";
        String sql = "SELECT m.id, m.trading_name, m.city_code, c.name AS city_name, c.country_code, m.nace_code, " + sectorName + " AS sector, "
                + "m.street, m.postal_code, m.opening_hours, m.latitude, m.longitude, " + distance + " AS distance_km " + FROM
                + (near ? " AND m.latitude IS NOT NULL ORDER BY distance_km, m.id" : " ORDER BY m.trading_name, m.id")
                + " LIMIT :size OFFSET :offset";
        var statement = jdbc.sql(sql);
        var counter = jdbc.sql("SELECT count(*) " + FROM + (near ? " AND m.latitude IS NOT NULL" : ""));
        for (var s : List.of(statement, counter)) {
            s.param("city", query.city()).param("country", query.country()).param("sector", query.sector()).param("q", query.q());
        }
        if (near) {
            statement.param("lat", query.lat()).param("lon", query.lon());
        }
        List<Entry> items = statement.param("size", query.size()).param("offset", (long) query.page() * query.size()).query(Entry.class).list();
        long total = counter.query(Long.class).single();
        return new Page(items, query.page(), query.size(), total);
    }
}
