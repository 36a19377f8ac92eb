package org.citycoop.platform.messaging;

import org.apache.kafka.common.serialization.Serializer;

import io.cloudevents.CloudEvent;

/**
 * Writes only a CloudEvent's data. Used for dead letters: the original record's {@code ce_*}
 * headers travel with it, so the dead letter is the same binary-mode CloudEvent as the original.
 */
public class CloudEventDataSerializer implements Serializer<CloudEvent> {

    @Override
    public byte[] serialize(String topic, CloudEvent event) {
        return event == null || event.getData() == null ? null : event.getData().toBytes();
    }
}
