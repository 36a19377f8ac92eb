package org.citycoop.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses for a reason the caller can fix, answered as a problem detail in
 * the caller's language: type {@code urn:citycoop:problem:<type>}, title and detail from the
 * messages {@code problem.<type>.title} and {@code problem.<type>.detail}, and one entry in
 * {@code errors} per field at fault (message {@code <code>} with {@code args}).
 */
public class RequestRejected extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Object[] args;
    private final List<Violation> violations;

    public RequestRejected(HttpStatus status, String type, List<Violation> violations, Object... args) {
        super(type + " " + violations);
        this.status = status;
        this.type = type;
        this.violations = List.copyOf(violations);
        this.args = args.clone();
    }

    /** 400 with the given field errors. */
    public static RequestRejected invalid(List<Violation> violations) {
        return new RequestRejected(HttpStatus.BAD_REQUEST, "invalid-request", violations);
    }

    /** One field at fault: its name, a message code, and the message's arguments. */
    public record Violation(String field, String code, Object... args) {

        /** A use case's fault as the field it names in the problem detail. */
        public static Violation of(org.citycoop.platform.refusal.Fault fault) {
            return new Violation(fault.field(), fault.code(), fault.args().toArray());
        }
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Violation> violations() {
        return violations;
    }
}
