package org.citycoop.points;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;

/** Events as the contracts read them: the record its CloudEvents type names, decoded from the record's data, so tests assert fields, not text. */
public final class ContractEvents {

    private ContractEvents() {
    }

    public static <E extends IntegrationEvent> E decoded(ConsumerRecord<String, byte[]> record, Class<E> type) {
        assertThat(EventCatalog.classOf(KafkaTap.header(record, "ce_type"))).as("the record's ce_type").contains(type);
        return ServiceHttp.JSON.readValue(record.value(), type);
    }
}
