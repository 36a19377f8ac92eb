package org.citycoop.voucher.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.programs.Program.Status;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of program administration is the problem detail it was before it became a domain type. */
class ProgramRefusalProblemsTest {

    @Test
    void wrongTermsAreOne400NamingEachField() {
        RequestRejected problem = new ProgramRefusalProblems().problem(new ProgramRefusal.Invalid(List.of(
                Fault.of("names.sl", "program.name-missing"), Fault.of("validityMonths", "program.validity", 1, 120))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.type()).isEqualTo("invalid-request");
        assertThat(problem.violations()).extracting(RequestRejected.Violation::field).containsExactly("names.sl", "validityMonths");
        assertThat(problem.violations().get(1).args()).containsExactly(1, 120);
    }

    @Test
    void revisingAnActiveProgramIs409NamingItsStatus() {
        RequestRejected problem = new ProgramRefusalProblems().problem(new ProgramRefusal.NotDraft(Status.ACTIVE));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("409 CONFLICT program-not-draft");
        assertThat(problem.args()).containsExactly(Status.ACTIVE);
    }

    @Test
    void activatingAClosedProgramIs409SayingFromWhatToWhat() {
        RequestRejected problem = new ProgramRefusalProblems().problem(new ProgramRefusal.StatusForbids(Status.CLOSED, Status.ACTIVE));

        assertThat(problem.status() + " " + problem.type()).isEqualTo("409 CONFLICT program-status");
        assertThat(problem.args()).containsExactly(Status.CLOSED, Status.ACTIVE);
    }

    @Test
    void anUnknownProgramIs404() {
        RequestRejected problem = new ProgramRefusalProblems().problem(new ProgramRefusal.ProgramUnknown());

        assertThat(problem.status() + " " + problem.type()).isEqualTo("404 NOT_FOUND program-unknown");
        assertThat(problem.args()).isEmpty();
        assertThat(problem.violations()).isEmpty();
    }
}
