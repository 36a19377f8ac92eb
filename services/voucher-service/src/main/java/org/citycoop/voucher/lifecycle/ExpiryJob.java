package org.citycoop.voucher.lifecycle;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Expires due vouchers every {@code citycoop.voucher.expiry.interval} (default one minute), in batches
 * of {@code citycoop.voucher.expiry.batch}, each batch its own transaction. Safe to run in every
 * instance at once (see {@link VoucherLifecycle#expireDue}). Off with {@code citycoop.voucher.expiry.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "citycoop.voucher.expiry.enabled", matchIfMissing = true)
@RequiredArgsConstructor
class ExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);

    private final VoucherLifecycle lifecycle;
    private final VoucherExpirySettings settings;

    @Scheduled(fixedDelayString = "${citycoop.voucher.expiry.interval:PT1M}", initialDelayString = "${citycoop.voucher.expiry.initial-delay:PT10S}")
    void expireDue() {
        int batch = settings.batch();
        int total = 0;
        int expired;
        do {
            expired = lifecycle.expireDue(Instant.now(), batch);
            total += expired;
        } while (expired == batch);
        if (total > 0) {
            LOG.info("Expired {} vouchers", total);
        }
    }
}
