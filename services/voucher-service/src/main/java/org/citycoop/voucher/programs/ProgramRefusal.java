package org.citycoop.voucher.programs;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a program is not drafted, revised, activated or closed: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link ProgramRefusalProblems}).
 */
public sealed interface ProgramRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Fault> faults) implements ProgramRefusal {
        public Invalid {
            faults = List.copyOf(faults);
        }
    }

    /** No program with this id. */
    record ProgramUnknown() implements ProgramRefusal {
    }

    /** Only a draft is revised. */
    record NotDraft(Program.Status status) implements ProgramRefusal {
    }

    /** The program cannot become {@code next} from where it is. */
    record StatusForbids(Program.Status status, Program.Status next) implements ProgramRefusal {
    }

    /** What is wrong with one field: the field, a message code and its arguments. */
    record Fault(String field, String code, List<Object> args) {
        public static Fault of(String field, String code, Object... args) {
            return new Fault(field, code, Collections.unmodifiableList(Arrays.asList(args.clone())));
        }
    }

    default Refused refused() {
        return new Refused(this);
    }

    /** The refusal thrown out of a use case; nothing was changed. */
    final class Refused extends RuntimeException {

        private final transient ProgramRefusal refusal;

        Refused(ProgramRefusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public ProgramRefusal refusal() {
            return refusal;
        }
    }
}
