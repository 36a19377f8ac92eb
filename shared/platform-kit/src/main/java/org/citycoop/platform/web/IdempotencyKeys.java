package org.citycoop.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The {@code Idempotency-Key} header of requests that move money: present, 1 to 200 visible ASCII characters. */
public final class IdempotencyKeys {

    public static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {
    }

    /** The key, or a 400 problem detail ({@code idempotency-key-missing}) saying what a key must be. */
    public static String require(@Nullable String key) {
        if (key == null || key.isBlank() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new RequestRejected(HttpStatus.BAD_REQUEST, "idempotency-key-missing", List.of());
        }
        return key;
    }
}
