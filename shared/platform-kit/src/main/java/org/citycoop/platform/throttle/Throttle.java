package org.citycoop.platform.throttle;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One {@link Limit} per key, in bounded memory (ADR 24). A key's bucket is forgotten once it has been
 * left alone long enough to be full again ({@link Limit#timeToFull()}), when it says nothing a new
 * bucket would not; so expiry never shortens a lockout. The table never evicts for size: when it holds
 * {@code maxKeys} buckets, keys it does not know share one overflow bucket with the same limit, so a
 * flood of new keys throttles itself and cannot push a locked-out key's bucket out.
 */
public final class Throttle {

    private final Limit limit;
    private final long maxKeys;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;
    private final Bucket overflow;

    private Throttle(Limit limit, long maxKeys, Ticker ticker) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("a throttle needs room for at least one key, got " + maxKeys);
        }
        this.limit = limit;
        this.maxKeys = maxKeys;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        // expiry runs in the callers' threads (no background executor): the table's size is exact after cleanUp()
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.timeToFull()).ticker(ticker).executor(Runnable::run).build();
        this.overflow = newBucket();
    }

    /** A throttle on the system's monotonic clock. */
    public static Throttle of(Limit limit, long maxKeys) {
        return new Throttle(limit, maxKeys, Ticker.systemTicker());
    }

    /** A throttle on the given clock (nanoseconds, monotonic), for tests. */
    static Throttle of(Limit limit, long maxKeys, Ticker ticker) {
        return new Throttle(limit, maxKeys, ticker);
    }

    /** Takes one token for {@code key}: empty if taken, otherwise how long to wait for one. */
    public Optional<Duration> take(String key) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts one strike against {@code key}: how long it is locked out if this used its last one, empty otherwise. */
    public Optional<Duration> strike(String key) {
        Bucket bucket = bucket(key);
        bucket.tryConsume(1);
        return lockout(bucket);
    }

    /** How long {@code key} is locked out (its bucket empty), without taking anything; empty if it is not. */
    public Optional<Duration> lockedOut(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            if (!full()) {
                return Optional.empty();
            }
            bucket = overflow;
        }
        return lockout(bucket);
    }

    /** The keys held now (expired ones dropped first). */
    public long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    public Limit limit() {
        return limit;
    }

    private Optional<Duration> lockout(Bucket bucket) {
        if (bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        Bucket known = buckets.getIfPresent(key);
        return known != null ? known : admit(key);
    }

    // new keys are rare next to requests (one per key and idle period): taking a lock for them keeps the bound exact
    private synchronized Bucket admit(String key) {
        Bucket known = buckets.getIfPresent(key);
        if (known != null) {
            return known;
        }
        if (full()) {
            return overflow;
        }
        return buckets.get(key, k -> newBucket());
    }

    private boolean full() {
        if (buckets.estimatedSize() < maxKeys) {
            return false;
        }
        buckets.cleanUp();
        return buckets.estimatedSize() >= maxKeys;
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit.bandwidth()).withCustomTimePrecision(meter).build();
    }
}
