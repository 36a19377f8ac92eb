package org.citycoop.points.rewards.decision;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What is wrong with one field of a request: the field, a message code and its arguments; the web edge lists them in a problem detail. */
public record Fault(String field, String code, List<Object> args) {

    public Fault {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Fault of(String field, String code, Object... args) {
        return new Fault(field, code, Arrays.asList(args));
    }
}
