package org.citycoop.merchant.acceptance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.ProgramWithdrawn;
import org.citycoop.merchant.acceptance.KnownPrograms.KnownProgram;
import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.merchant.onboarding.Merchants;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases: a merchant opts in to a voucher program or out of it. The owner (or an operator) decides;
 * the program must be active and cover the merchant's city or a city one of its stores is in. Opting
 * in twice or out twice changes nothing and publishes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Acceptances {

    /** A program a merchant accepts, with its names and coverage for display. */
    public record Accepted(UUID programId, Map<String, String> names, String issuer, String currency, String status, Instant acceptedAt) {
    }

    private final JdbcClient jdbc;
    private final Merchants merchants;
    private final KnownPrograms programs;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Accepted accept(UUID merchantId, UUID programId, Caller caller) {
        requireAdministers(merchantId, caller);
        return accept(merchantId, programId);
    }

    /** Opts in without a caller: for demo data. */
    @Transactional
    public Accepted accept(UUID merchantId, UUID programId) {
        Merchant merchant = merchants.byId(merchantId)
                .orElseThrow(() -> new AcceptanceRefusal.MerchantUnknown().refused());
        if (merchant.status() != Merchant.Status.ACTIVE) {
            throw new AcceptanceRefusal.MerchantNotActive(merchant.status()).refused();
        }
        KnownProgram program = programs.byId(programId)
                .orElseThrow(() -> new AcceptanceRefusal.ProgramUnknown().refused());
        if (!"ACTIVE".equals(program.status())) {
            throw new AcceptanceRefusal.ProgramClosed(program.names().get("en")).refused();
        }
        if (citiesOf(merchant).stream().noneMatch(program::covers)) {
            throw new AcceptanceRefusal.ProgramNotHere(merchant.cityCode()).refused();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int inserted = jdbc.sql("INSERT INTO acceptance (merchant_id, program_id, accepted_at) VALUES (:m, :p, :at) ON CONFLICT DO NOTHING")
                .param("m", merchantId).param("p", programId).param("at", Timestamp.from(now)).update();
        if (inserted == 1) {
            events.publish(new ProgramAccepted(merchantId, programId, now));
        }
        return of(merchantId).stream().filter(a -> a.programId().equals(programId)).findFirst().orElseThrow();
    }

    @Transactional
    public void withdraw(UUID merchantId, UUID programId, Caller caller) {
        requireAdministers(merchantId, caller);
        int deleted = jdbc.sql("DELETE FROM acceptance WHERE merchant_id = :m AND program_id = :p").param("m", merchantId).param("p", programId)
                .update();
        if (deleted == 1) {
            events.publish(new ProgramWithdrawn(merchantId, programId, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
    }

    /** The programs a merchant accepts (public: it is what shoppers need to know). */
    public List<Accepted> of(UUID merchantId) {
        return jdbc.sql("""
                SELECT a.program_id, p.name_de, p.name_sl, p.name_hu, p.name_en, p.issuer, p.currency, p.status, a.accepted_at
                FROM acceptance a JOIN program p ON p.id = a.program_id WHERE a.merchant_id = :m ORDER BY a.accepted_at""")
                .param("m", merchantId)
                .query((rs, row) -> new Accepted(rs.getObject("program_id", UUID.class),
                        Map.of("de", rs.getString("name_de"), "sl", rs.getString("name_sl"), "hu", rs.getString("name_hu"), "en", rs.getString("name_en")),
                        rs.getString("issuer"), rs.getString("currency"), rs.getString("status"), rs.getTimestamp("accepted_at").toInstant()))
                .list();
    }

    /** The merchant's seat and the cities of its stores. */
    private List<String> citiesOf(Merchant merchant) {
        List<String> stores = jdbc.sql("SELECT DISTINCT city_code FROM store WHERE merchant_id = :m").param("m", merchant.id()).query(String.class).list();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(merchant.cityCode()), stores.stream()).distinct().toList();
    }

    private static void requireAdministers(UUID merchantId, Caller caller) {
        if (!caller.administers(merchantId)) {
            throw new AcceptanceRefusal.NotYourMerchant().refused();
        }
    }
}
