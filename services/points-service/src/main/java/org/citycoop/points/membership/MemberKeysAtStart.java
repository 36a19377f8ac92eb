package org.citycoop.points.membership;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** Makes (or loads) the signing key when the service is ready, so the published key set is never empty when a till first asks. */
@Component
@RequiredArgsConstructor
class MemberKeysAtStart {

    private final MemberKeys keys;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        keys.signing();
    }
}
