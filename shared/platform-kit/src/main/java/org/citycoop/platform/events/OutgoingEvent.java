package org.citycoop.platform.events;

import java.time.Instant;

/**
 * An integration event as stored in the outbox: everything the CloudEvent will carry, fixed at
 * the moment of the state change. The id is chosen here, once, so that a re-sent publication
 * keeps it and consumers can recognise the duplicate.
 *
 * @param id      CloudEvent id, unique per event
 * @param type    {@code org.citycoop.<context>.<name>.v<n>}
 * @param source  the publishing service, {@code urn:citycoop:<service>}
 * @param subject the aggregate id: CloudEvent subject and Kafka key
 * @param topic   where the event goes
 * @param time    when the state changed
 * @param data    the event record as JSON
 */
public record OutgoingEvent(String id, String type, String source, String subject, String topic, Instant time, String data) {
}
