package org.citycoop.platform.idempotency;

import java.util.List;

import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;

/** The key was used before for another request: 422 {@code idempotency-key-reused}; a new request needs a new key. */
public class IdempotencyKeyReused extends RequestRejected {

    public IdempotencyKeyReused() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", List.of());
    }
}
