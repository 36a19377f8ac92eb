package org.citycoop.redemption.checkout;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.citycoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-terminal limits (Bucket4j token buckets, per instance of the service): scans and redemptions at
 * most {@code citycoop.checkout.rate.per-second} a second (bursts up to {@code .burst}); and
 * {@code citycoop.checkout.unknown-codes.allowed} unknown codes per {@code .per} — one more throttles
 * the terminal until the window refills. Checked before anything is read or debited, so a 429 never
 * debits. Throttled terminals are recorded for operators.
 */
@Component
class Throttle {

    /** A request refused for now; retry after {@code retryAfter}. */
    static final class Throttled extends RuntimeException {
        private final Duration retryAfter;
        private final boolean unknownCodes;

        Throttled(Duration retryAfter, boolean unknownCodes) {
            super("throttled for " + retryAfter);
            this.retryAfter = retryAfter;
            this.unknownCodes = unknownCodes;
        }

        Duration retryAfter() {
            return retryAfter;
        }

        boolean unknownCodes() {
            return unknownCodes;
        }
    }

    /** A terminal throttled after unknown codes, for operators. */
    record ThrottledTerminal(String caller, @Nullable UUID merchantId, @Nullable UUID storeId, Instant since, Instant until, int times) {
    }

    private final Map<String, Bucket> requests = new ConcurrentHashMap<>();
    private final Map<String, Bucket> unknownCodes = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final long perSecond;
    private final long burst;
    private final long allowedUnknown;
    private final Duration unknownWindow;

    Throttle(JdbcClient jdbc, @Value("${citycoop.checkout.rate.per-second:20}") long perSecond, @Value("${citycoop.checkout.rate.burst:40}") long burst,
            @Value("${citycoop.checkout.unknown-codes.allowed:10}") long allowedUnknown,
            @Value("${citycoop.checkout.unknown-codes.per:PT10M}") Duration unknownWindow) {
        this.jdbc = jdbc;
        this.perSecond = perSecond;
        this.burst = burst;
        this.allowedUnknown = allowedUnknown;
        this.unknownWindow = unknownWindow;
    }

    /** Takes one request from the terminal's allowance, or refuses (429) if it is used up or the terminal is throttled. */
    void admit(Caller caller) {
        Bucket strikes = unknownCodes.get(caller.subject());
        if (strikes != null && strikes.getAvailableTokens() <= 0) {
            throw new Throttled(Duration.ofNanos(strikes.estimateAbilityToConsume(1).getNanosToWaitForRefill()), true);
        }
        ConsumptionProbe probe = requests.computeIfAbsent(caller.subject(), s -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()), false);
        }
    }

    /** Counts an unknown code against the terminal; the one too many throttles it (and is recorded). */
    void unknownCode(Caller caller) {
        Bucket strikes = unknownCodes.computeIfAbsent(caller.subject(), s -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowedUnknown).refillIntervally(allowedUnknown, unknownWindow).build()).build());
        strikes.tryConsume(1);
        if (strikes.getAvailableTokens() <= 0) {
            Instant now = Instant.now();
            Instant until = now.plusNanos(strikes.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            jdbc.sql("""
                    INSERT INTO throttled_terminal (caller, merchant_id, store_id, since, until) VALUES (:c, :m, :s, :since, :until)
                    ON CONFLICT (caller) DO UPDATE SET since = excluded.since, until = excluded.until, times = throttled_terminal.times + 1""")
                    .param("c", caller.subject()).param("m", caller.merchantId().orElse(null)).param("s", caller.storeId().orElse(null))
                    .param("since", Timestamp.from(now)).param("until", Timestamp.from(until)).update();
        }
    }

    List<ThrottledTerminal> throttled() {
        return jdbc.sql("SELECT caller, merchant_id, store_id, since, until, times FROM throttled_terminal WHERE until > now() ORDER BY since DESC")
                .query(ThrottledTerminal.class).list();
    }
}
