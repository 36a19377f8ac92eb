package org.citycoop.merchant.acceptance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The replica of voucher-service's programs, kept from its events. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KnownPrograms {

    /** A program as this service knows it. */
    public record KnownProgram(UUID id, Map<String, String> names, String issuer, String currency, String coverage, List<String> cityCodes,
            String status, Instant activatedAt, @Nullable Instant closedAt) {

        public boolean covers(String cityCode) {
            return cityCodes.contains(cityCode);
        }
    }

    private static final String COLUMNS = "id, name_de, name_sl, name_hu, name_en, issuer, currency, coverage, city_codes, status, activated_at, closed_at";

    private final JdbcClient jdbc;

    public Optional<KnownProgram> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE id = :id").param("id", id).query(KnownPrograms::map).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM program WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Applies an activation; a repeated one changes nothing (terms do not change while a program runs). */
    public void apply(ProgramActivated event) {
        jdbc.sql("""
                INSERT INTO program (id, name_de, name_sl, name_hu, name_en, issuer, currency, coverage, city_codes, status, activated_at)
                VALUES (:id, :de, :sl, :hu, :en, :issuer, :currency, :coverage, :cities, 'ACTIVE', :at) ON CONFLICT (id) DO NOTHING""")
                .param("id", event.programId()).param("de", event.names().get("de")).param("sl", event.names().get("sl"))
                .param("hu", event.names().get("hu")).param("en", event.names().get("en")).param("issuer", event.issuer())
                .param("currency", event.currency()).param("coverage", event.coverage()).param("cities", event.cityCodes().toArray(String[]::new))
                .param("at", Timestamp.from(event.activatedAt())).update();
    }

    /** Applies a closure; one that arrives before the activation it follows is retried (the program must exist). */
    public void apply(ProgramClosed event) {
        int updated = jdbc.sql("UPDATE program SET status = 'CLOSED', closed_at = :at WHERE id = :id AND status = 'ACTIVE'")
                .param("at", Timestamp.from(event.closedAt())).param("id", event.programId()).update();
        if (updated == 0 && !exists(event.programId())) {
            throw new IllegalStateException("program " + event.programId() + " closed before its activation arrived; retrying");
        }
    }

    private static KnownProgram map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new KnownProgram(rs.getObject("id", UUID.class),
                Map.of("de", rs.getString("name_de"), "sl", rs.getString("name_sl"), "hu", rs.getString("name_hu"), "en", rs.getString("name_en")),
                rs.getString("issuer"), rs.getString("currency"), rs.getString("coverage"), strings(rs.getArray("city_codes")), rs.getString("status"),
                rs.getTimestamp("activated_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
