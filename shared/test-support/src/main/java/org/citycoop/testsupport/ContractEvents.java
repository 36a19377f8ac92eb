package org.citycoop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events as the contracts read them: the record its CloudEvents type names, decoded from the record's data, so tests
 * pick and assert events by their fields, not by text.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** The record decoded as {@code type}, after checking that its {@code ce_type} names that type; read with {@code json}. */
    public static <E extends IntegrationEvent> E decoded(JsonMapper json, ConsumerRecord<String, byte[]> record, Class<E> type) {
        assertThat(EventCatalog.classOf(KafkaTap.header(record, "ce_type"))).as("the record's ce_type").contains(type);
        return json.readValue(record.value(), type);
    }

    /** As {@link #decoded(JsonMapper, ConsumerRecord, Class)}, read with a plain mapper, as a consumer knowing only the contracts would. */
    public static <E extends IntegrationEvent> E decoded(ConsumerRecord<String, byte[]> record, Class<E> type) {
        return decoded(ServiceHttp.JSON, record, type);
    }

    /**
     * For {@link KafkaTap#awaitRecord}: a record whose {@code ce_type} names {@code type} and whose data, decoded as that
     * type, matches {@code event}.
     */
    public static <E extends IntegrationEvent> Predicate<ConsumerRecord<String, byte[]>> of(Class<E> type, Predicate<? super E> event) {
        return record -> {
            String ceType = KafkaTap.header(record, "ce_type");
            return ceType != null && EventCatalog.classOf(ceType).filter(type::equals).isPresent()
                    && event.test(ServiceHttp.JSON.readValue(record.value(), type));
        };
    }
}
