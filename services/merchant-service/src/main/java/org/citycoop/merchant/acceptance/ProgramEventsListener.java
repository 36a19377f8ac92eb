package org.citycoop.merchant.acceptance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Keeps {@link KnownPrograms} from {@code citycoop.voucher.events}; other voucher events are skipped.
 * Each event applies once; a closure that overtakes its activation is retried, then dead-lettered.
 * With demo data on, demo merchants opt in to demo programs as they arrive ({@link DemoAcceptances}).
 */
@Component
class ProgramEventsListener {

    static final String CONSUMER = "merchant-service.programs";

    private final InboundEvents.EventConsumer consumer;

    ProgramEventsListener(InboundEvents inbound, KnownPrograms programs, ObjectProvider<DemoAcceptances> demo) {
        this.consumer = inbound.consumer(CONSUMER)
                .on(ProgramActivated.class, event -> {
                    programs.apply(event);
                    demo.ifAvailable(acceptances -> acceptances.programActivated(event));
                })
                .on(ProgramClosed.class, programs::apply)
                .build();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.VOUCHER_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
