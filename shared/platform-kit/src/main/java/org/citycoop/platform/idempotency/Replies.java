package org.citycoop.platform.idempotency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** How a controller answers an idempotent command over HTTP: 201 when it ran now, 200 when the answer is the earlier one, saying which. */
public final class Replies {

    /** The header that says whether the answer is the earlier one given again ({@code true}) or new ({@code false}). */
    public static final String REPLAYED = "Idempotent-Replayed";

    private Replies() {
    }

    /** 201 Created, or 200 OK when {@code replayed}; with {@value #REPLAYED} either way. */
    public static ResponseEntity.BodyBuilder createdOrReplayed(boolean replayed) {
        return ResponseEntity.status(replayed ? HttpStatus.OK : HttpStatus.CREATED).header(REPLAYED, String.valueOf(replayed));
    }
}
