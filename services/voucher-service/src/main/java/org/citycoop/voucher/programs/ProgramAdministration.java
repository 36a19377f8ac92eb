package org.citycoop.voucher.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.voucher.programs.Program.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases of operators: draft a program, correct the draft, activate it (its terms are then fixed
 * and published as {@code ProgramActivated}), close it to new sales ({@code ProgramClosed}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgramAdministration {

    private final Programs programs;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Program draft(ProgramTerms terms) {
        return draft(terms, UUID.randomUUID());
    }

    /** Drafts with a given id: for demo data, whose programs other services know in advance. */
    @Transactional
    public Program draft(ProgramTerms terms, UUID id) {
        programs.insert(id, valid(terms), now());
        return programs.byId(id).orElseThrow();
    }

    @Transactional
    public Program revise(UUID id, ProgramTerms terms) {
        Program program = locked(id);
        if (program.status() != Status.DRAFT) {
            throw new ProgramRefusal.NotDraft(program.status()).refused();
        }
        programs.updateDraft(id, valid(terms));
        return programs.byId(id).orElseThrow();
    }

    /** Activates a draft; activating an active program again changes nothing. */
    @Transactional
    public Program activate(UUID id) {
        Program program = locked(id);
        if (program.status() == Status.ACTIVE) {
            return program;
        }
        if (program.status() != Status.DRAFT) {
            throw new ProgramRefusal.StatusForbids(program.status(), Status.ACTIVE).refused();
        }
        Instant now = now();
        programs.activate(id, now);
        events.publish(new ProgramActivated(id, program.names(), program.issuer(), program.currency(), program.coverage().name(), program.cityCodes(),
                program.validityMonths(), now));
        return programs.byId(id).orElseThrow();
    }

    /** Closes an active program to new sales; closing it again changes nothing. */
    @Transactional
    public Program close(UUID id, String reason) {
        Program program = locked(id);
        if (program.status() == Status.CLOSED) {
            return program;
        }
        if (program.status() != Status.ACTIVE) {
            throw new ProgramRefusal.StatusForbids(program.status(), Status.CLOSED).refused();
        }
        Instant now = now();
        programs.close(id, reason.strip(), now);
        events.publish(new ProgramClosed(id, reason.strip(), now));
        return programs.byId(id).orElseThrow();
    }

    private Program locked(UUID id) {
        return programs.byIdForUpdate(id).orElseThrow(() -> new ProgramRefusal.ProgramUnknown().refused());
    }

    private static ProgramTerms.Valid valid(ProgramTerms terms) {
        List<Fault> problems = new ArrayList<>();
        ProgramTerms.Valid valid = terms.validate(problems);
        if (!problems.isEmpty()) {
            throw new ProgramRefusal.Invalid(problems).refused();
        }
        return valid;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
