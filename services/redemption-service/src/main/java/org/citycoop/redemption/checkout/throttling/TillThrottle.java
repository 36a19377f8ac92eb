package org.citycoop.redemption.checkout.throttling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.throttle.Limit;
import org.citycoop.platform.throttle.Throttle;
import org.citycoop.platform.throttle.Throttled;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-terminal limits (the kit's bounded throttles, per instance of the service; ADR 14 and 24): scans
 * and redemptions at most {@code citycoop.checkout.rate.per-second} a second (bursts up to
 * {@code .burst}); and {@code citycoop.checkout.unknown-codes.allowed} unknown codes per {@code .per} —
 * one more throttles the terminal until the window refills. At most
 * {@code citycoop.checkout.throttle.max-terminals} terminals are held each (idle ones are forgotten).
 * Checked before anything is read or debited, so a 429 never debits. Throttled terminals are recorded
 * for operators.
 */
@Component
public class TillThrottle {

    /** A terminal throttled after unknown codes, for operators. */
    public record ThrottledTerminal(String caller, @Nullable UUID merchantId, @Nullable UUID storeId, Instant since, Instant until, int times) {
    }

    private final Throttle requests;
    private final Throttle unknownCodes;
    private final JdbcClient jdbc;

    TillThrottle(JdbcClient jdbc, TillThrottleSettings settings) {
        long maxTerminals = settings.throttle().maxTerminals();
        this.jdbc = jdbc;
        this.requests = Throttle.of(Limit.rate(settings.rate().perSecond(), settings.rate().burst()), maxTerminals);
        this.unknownCodes = Throttle.of(Limit.strikes(settings.unknownCodes().allowed(), settings.unknownCodes().per()), maxTerminals);
    }

    /** Takes one request from the terminal's allowance, or refuses (429) if it is used up or the terminal is throttled. */
    public void admit(Caller caller) {
        unknownCodes.lockedOut(caller.subject()).ifPresent(wait -> {
            throw new Throttled("throttled-unknown-codes", wait);
        });
        requests.take(caller.subject()).ifPresent(wait -> {
            throw new Throttled("throttled", wait);
        });
    }

    /** Counts an unknown code against the terminal; the one too many throttles it (and is recorded). */
    public void unknownCode(Caller caller) {
        unknownCodes.strike(caller.subject()).ifPresent(lockout -> {
            Instant now = Instant.now();
            jdbc.sql("""
                    INSERT INTO throttled_terminal (caller, merchant_id, store_id, since, until) VALUES (:c, :m, :s, :since, :until)
                    ON CONFLICT (caller) DO UPDATE SET since = excluded.since, until = excluded.until, times = throttled_terminal.times + 1""")
                    .param("c", caller.subject()).param("m", caller.merchantId().orElse(null)).param("s", caller.storeId().orElse(null))
                    .param("since", Timestamp.from(now)).param("until", Timestamp.from(now.plus(lockout))).update();
        });
    }

    public List<ThrottledTerminal> throttled() {
        return jdbc.sql("SELECT caller, merchant_id, store_id, since, until, times FROM throttled_terminal WHERE until > now() ORDER BY since DESC")
                .query(ThrottledTerminal.class).list();
    }
}
