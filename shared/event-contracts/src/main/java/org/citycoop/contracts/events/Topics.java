package org.citycoop.contracts.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Topic names. Keys are always the aggregate id ({@link IntegrationEvent#aggregateId()}). */
public final class Topics {

    public static final String IDENTITY_EVENTS = "citycoop.identity.events";
    public static final String MERCHANT_EVENTS = "citycoop.merchant.events";
    public static final String VOUCHER_EVENTS = "citycoop.voucher.events";
    public static final String REDEMPTION_EVENTS = "citycoop.redemption.events";
    public static final String POINTS_EVENTS = "citycoop.points.events";

    /** Suffix of a topic's dead-letter topic, where messages that cannot be processed go with the reason. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Partitions per topic: headroom for scaling consumers out. */
    public static final int PARTITIONS = 12;

    /**
     * Settings of an event topic: kept for ever, never compacted. analytics-service rebuilds its read
     * model from the first record of each event topic (ADR 22); a record the broker deletes is a fact
     * lost to every rebuild after it.
     */
    public static final Map<String, String> KEPT_FOR_EVER = Map.of("retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete");

    private Topics() {
    }

    /** The settings {@code topic} is created with: {@link #KEPT_FOR_EVER} for an event topic, the broker's defaults for a dead-letter topic. */
    public static Map<String, String> configOf(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX) ? Map.of() : KEPT_FOR_EVER;
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every event topic and its dead-letter topic. */
    public static List<String> all() {
        return Arrays.stream(Context.values())
                .map(Context::topic)
                .flatMap(topic -> Stream.of(topic, deadLetter(topic)))
                .toList();
    }
}
