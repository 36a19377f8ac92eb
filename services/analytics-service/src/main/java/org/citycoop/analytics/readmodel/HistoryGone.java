package org.citycoop.analytics.readmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a rebuild was refused: records of the topics the read model is built from are gone from the
 * broker (a partition whose log no longer starts at offset 0: retention or deleteRecords removed its
 * oldest records), or a topic is compacted (records of a key other than its last are removed). A
 * rebuild replays the topics, so it would lose those facts for good; the read model is left as it is.
 * Plain Java: the offsets and settings come from the broker, the decision is here.
 */
final class HistoryGone extends RuntimeException {

    /** A partition whose oldest records are gone: its log now starts at {@code firstOffset}. */
    record Gap(String topic, int partition, long firstOffset) {
    }

    private final List<Gap> gaps;
    private final List<String> compacted;

    private HistoryGone(List<Gap> gaps, List<String> compacted) {
        super("the read model cannot be rebuilt without losing facts: " + describe(gaps, compacted));
        this.gaps = gaps;
        this.compacted = compacted;
    }

    /**
     * Throws if a rebuild from the topics would lose facts: {@code firstOffsets} are the log start
     * offsets of every partition of the topics, {@code compactedTopics} those whose cleanup policy
     * compacts.
     */
    static void check(Map<String, Map<Integer, Long>> firstOffsets, Set<String> compactedTopics) {
        List<Gap> gaps = firstOffsets.entrySet().stream()
                .flatMap(topic -> topic.getValue().entrySet().stream().filter(p -> p.getValue() > 0)
                        .map(p -> new Gap(topic.getKey(), p.getKey(), p.getValue())))
                .sorted(Comparator.comparing(Gap::topic).thenComparingInt(Gap::partition)).toList();
        if (!gaps.isEmpty() || !compactedTopics.isEmpty()) {
            throw new HistoryGone(gaps, compactedTopics.stream().sorted().toList());
        }
    }

    List<Gap> gaps() {
        return gaps;
    }

    List<String> compacted() {
        return compacted;
    }

    /** Topics and partitions in Kafka's own notation, the same in every language: {@code citycoop.redemption.events-0, citycoop.redemption.events-3}. */
    String described() {
        return describe(gaps, compacted);
    }

    private static String describe(List<Gap> gaps, List<String> compacted) {
        return java.util.stream.Stream.concat(gaps.stream().map(g -> g.topic() + "-" + g.partition()),
                compacted.stream().map(t -> t + " (cleanup.policy=compact)")).collect(Collectors.joining(", "));
    }
}
