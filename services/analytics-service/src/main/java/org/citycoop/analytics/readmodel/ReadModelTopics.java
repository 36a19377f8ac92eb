package org.citycoop.analytics.readmodel;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The topics the read model is built from, one per consumer (the listener's id is its consumer group):
 * the platform's event topics ({@code citycoop.analytics.topics.*} in analytics-service.yml). Settable so
 * that a test can give a service topics of its own, whose records it may delete without touching the
 * topics the module's other tests share.
 */
@Component
class ReadModelTopics {

    /** A consumer group and the topic it reads. */
    record Source(String group, String topic) {
    }

    private final List<Source> sources;

    ReadModelTopics(ReadModelSettings settings) {
        ReadModelSettings.Topics topics = settings.topics();
        sources = List.of(new Source("analytics-service.identity", topics.identity()), new Source("analytics-service.merchants", topics.merchants()),
                new Source("analytics-service.vouchers", topics.vouchers()), new Source("analytics-service.redemptions", topics.redemptions()),
                new Source("analytics-service.points", topics.points()));
    }

    List<Source> sources() {
        return sources;
    }

    List<String> topics() {
        return sources.stream().map(Source::topic).toList();
    }
}
