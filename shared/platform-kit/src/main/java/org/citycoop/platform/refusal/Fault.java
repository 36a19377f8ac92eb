package org.citycoop.platform.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What is wrong with one field of a request: the field ({@code store.cityCode}), a message code and its arguments. */
public record Fault(String field, String code, List<Object> args) {

    public Fault {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Fault of(String field, String code, Object... args) {
        return new Fault(field, code, Arrays.asList(args));
    }
}
