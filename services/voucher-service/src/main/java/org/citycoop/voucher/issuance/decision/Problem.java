package org.citycoop.voucher.issuance.decision;

import java.util.List;

/**
 * What is wrong with one field of a request: the field ({@code employees[4].amount}), a message code and its arguments.
 * Every problem of a request comes back at once; the web edge lists them in a problem detail.
 */
public record Problem(String field, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }
}
