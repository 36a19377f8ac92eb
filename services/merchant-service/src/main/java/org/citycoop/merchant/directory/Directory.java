package org.citycoop.merchant.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Searches active merchants. Only the filters given become SQL conditions (so PostgreSQL can use
 * the matching index); name search uses a trigram index; "nearest first" walks a GiST index in
 * distance order (V4) and reports the great-circle distance (haversine) in kilometres.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Directory {

    /** One merchant as the directory shows it. */
    public record Entry(UUID id, String tradingName, String cityCode, String cityName, String countryCode, String naceCode, String sector,
            @Nullable String street, @Nullable String postalCode, @Nullable String openingHours, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, @Nullable Double distanceKm) {
    }

    /**
     * A page of results and how many there are in all.
     *
     * @param total      the number of matches, or {@value #MAX_TOTAL} if there are more
     * @param totalExact false when there are more than {@code total} matches
     */
    public record Page(List<Entry> items, int page, int size, long total, boolean totalExact) {
    }


    /** Matches are counted up to this many. */
    public static final int MAX_TOTAL = 500;



    /** Longitude scale of the distance index (cos 46.9°), see migration V4. */
    private static final String SCALE = "0.683";

    private final JdbcClient jdbc;

    private final DirectorySettings settings;

    /** The plane point the distance indexes order by (longitude scaled, see migrations V4 and V9). */
    private static String point(String longitude, String latitude) {
        return "point(" + longitude + " * " + SCALE + ", " + latitude + ")";
    }

    public Page search(DirectoryQuery query, String language) {
        String sectorName = switch (language) {
            case "de" -> "s.name_de";
            case "sl" -> "s.name_sl";
            case "hu" -> "s.name_hu";
            default -> "s.name_en";
        };
        List<String> conditions = new ArrayList<>(List.of("m.status = 'ACTIVE'"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.city() != null) {
            conditions.add("m.city_code = :city");
            params.put("city", query.city());
        }
        if (query.country() != null) {
            conditions.add("m.city_code LIKE :countryPrefix");
            params.put("countryPrefix", query.country().toLowerCase(java.util.Locale.ROOT) + "-%");
        }
        if (query.sector() != null) {
            conditions.add("m.nace_code = :sector");
            params.put("sector", query.sector());
        }
        if (query.q() != null) {
            conditions.add("lower(m.trading_name) LIKE :pattern");
            params.put("pattern", "%" + query.q().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<String> merchantConditions = List.copyOf(conditions);
        if (query.program() != null) {
            int fewAcceptors = settings.fewAcceptors();
            long acceptors = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM acceptance WHERE program_id = :id LIMIT " + (fewAcceptors + 1L) + ") x")
                    .param("id", query.program()).query(Long.class).single();
            if (acceptors == 0 && jdbc.sql("SELECT count(*) FROM program WHERE id = :id").param("id", query.program()).query(Long.class).single() == 0) {
                throw RequestRejected.invalid(List.of(new RequestRejected.Violation("program", "directory.program-unknown", query.program())));
            }
            // a town's program (few acceptors): start from them and sort; a regional one: walk merchants by name and check each
            conditions.add(acceptors <= fewAcceptors ? "m.id = ANY (ARRAY(SELECT a.merchant_id FROM acceptance a WHERE a.program_id = :program))"
                    : "EXISTS (SELECT 1 FROM acceptance a WHERE a.merchant_id = m.id AND a.program_id = :program)");
            params.put("program", query.program());
        }
        String where = " FROM merchant m WHERE " + String.join(" AND ", conditions);
        boolean near = query.lat() != null;
        String distance = "CAST(NULL AS DOUBLE PRECISION)";
        // the page is chosen on merchant alone (indexes: by name, or k-nearest by location), then joined for display
        String page = "SELECT m.*" + where + " ORDER BY m.trading_name, m.id LIMIT :size OFFSET :offset";
        String order = "m.trading_name, m.id";
        if (near) {
            params.put("lat", query.lat());
            params.put("lon", query.lon());
            distance = """
                    6371.0088 * 2 * asin(sqrt(power(sin(radians(m.latitude - :lat) / 2), 2)
                        + cos(radians(:lat)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - :lon) / 2), 2)))""";
            // exactly the expression of the GiST index, and nothing after it, or PostgreSQL cannot walk the index in distance order
            String from = point("m.longitude", "m.latitude");
            page = "SELECT m.*" + where + " AND m.latitude IS NOT NULL ORDER BY " + from + " <-> " + point("CAST(:lon AS NUMERIC)", "CAST(:lat AS NUMERIC)")
                    + " LIMIT :size OFFSET :offset";
            if (query.program() != null) {
                // nearest acceptors of the program: the GiST index on (program, location) of V9, however few or far they are
                page = "SELECT m.* FROM acceptance a JOIN merchant m ON m.id = a.merchant_id WHERE a.program_id = :program AND a.location IS NOT NULL AND "
                        + String.join(" AND ", merchantConditions) + " ORDER BY a.location <-> "
                        + point("CAST(:lon AS NUMERIC)", "CAST(:lat AS NUMERIC)") + " LIMIT :size OFFSET :offset";
            }
            order = "distance_km, m.id";
        }
        var select = jdbc.sql("SELECT m.id, m.trading_name, m.city_code, c.name AS city_name, c.country_code, m.nace_code, " + sectorName
                + " AS sector, m.street, m.postal_code, m.opening_hours, m.latitude, m.longitude, " + distance + " AS distance_km FROM (" + page
                + ") m JOIN city c ON c.code = m.city_code JOIN sector s ON s.code = m.nace_code ORDER BY " + order);
        // counted up to MAX_TOTAL + 1: beyond that the number costs more than it tells ("more than 500")
        // with a program, counted from its acceptors (index by program), not by checking every merchant
        String counted = query.program() == null ? where
                : " FROM acceptance a JOIN merchant m ON m.id = a.merchant_id WHERE a.program_id = :program AND " + String.join(" AND ", merchantConditions);
        var count = jdbc.sql("SELECT count(*) FROM (SELECT 1" + counted + " LIMIT " + (MAX_TOTAL + 1) + ") matches");
        params.forEach((name, value) -> {
            select.param(name, value);
            if (!name.equals("lat") && !name.equals("lon")) {
                count.param(name, value);
            }
        });
        List<Entry> items = select.param("size", query.size()).param("offset", (long) query.page() * query.size()).query(Entry.class).list();
        long total = items.size() < query.size() && query.page() == 0 ? items.size() : count.query(Long.class).single();
        return total > MAX_TOTAL ? new Page(items, query.page(), query.size(), MAX_TOTAL, false) : new Page(items, query.page(), query.size(), total, true);
    }
}
