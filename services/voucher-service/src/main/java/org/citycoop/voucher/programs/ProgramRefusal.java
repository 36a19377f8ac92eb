package org.citycoop.voucher.programs;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;

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

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}
