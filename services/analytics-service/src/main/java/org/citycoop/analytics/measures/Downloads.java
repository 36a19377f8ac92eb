package org.citycoop.analytics.measures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A measure's answer as JSON, or its {@link Table} as a CSV or XLSX download named after the measure and the period. */
final class Downloads {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /**
     * @param format json, csv or xlsx
     * @param name   the measure (and its grouping), as in {@code citycoop-spending-city-2026-10-01-2026-10-31.csv}
     */
    static ResponseEntity<?> answer(Object answer, Supplier<Table> table, String format, String name, Scope scope) {
        if ("json".equals(format)) {
            return ResponseEntity.ok(answer);
        }
        String file = "citycoop-%s-%s-%s.%s".formatted(name, scope.from(), scope.to(), format);
        // aggregates are small (a row per city, sector, day …): built in memory, then sent
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("csv".equals(format)) {
            table.get().csv(body);
        } else {
            table.get().xlsx(body);
        }
        return ResponseEntity.ok().contentType("csv".equals(format) ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString()).body(body.toByteArray());
    }
}
