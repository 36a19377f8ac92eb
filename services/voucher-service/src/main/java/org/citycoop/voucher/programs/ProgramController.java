package org.citycoop.voucher.programs;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Anyone;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.programs.Program.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;

/**
 * Voucher programs. Anyone may read active and closed programs (where can a voucher be spent?);
 * drafts, and every change, are for operators.
 */
@RestController
@RequiredArgsConstructor
class ProgramController {

    private final ProgramAdministration administration;
    private final Programs programs;

    record CloseProgram(@NotBlank @Size(max = 500) String reason) {
    }

    @Anyone
    @GetMapping("/api/programs")
    List<Program> list(@RequestParam(defaultValue = "ACTIVE") Status status) {
        if (status == Status.DRAFT) {
            requireOperator();
        }
        return programs.withStatus(status);
    }

    @Anyone
    @GetMapping("/api/programs/{id}")
    Program get(@PathVariable UUID id) {
        Program program = programs.byId(id).orElseThrow(ProgramController::unknown);
        if (program.status() == Status.DRAFT && !Caller.current().map(c -> c.has(Role.OPERATOR)).orElse(false)) {
            throw unknown();
        }
        return program;
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/programs")
    ResponseEntity<Program> draft(@RequestBody ProgramTerms terms) {
        Program program = administration.draft(terms);
        return ResponseEntity.created(URI.create("/api/programs/" + program.id())).body(program);
    }

    @Roles(Role.OPERATOR)
    @PutMapping("/api/programs/{id}")
    Program revise(@PathVariable UUID id, @RequestBody ProgramTerms terms) {
        return administration.revise(id, terms);
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/programs/{id}/activation")
    Program activate(@PathVariable UUID id) {
        return administration.activate(id);
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/programs/{id}/closure")
    Program close(@PathVariable UUID id, @Validated @RequestBody CloseProgram command) {
        return administration.close(id, command.reason());
    }

    private static void requireOperator() {
        if (!Caller.current().map(c -> c.has(Role.OPERATOR)).orElse(false)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "drafts-for-operators", List.of());
        }
    }

    private static RequestRejected unknown() {
        return new RequestRejected(HttpStatus.NOT_FOUND, "program-unknown", List.of());
    }
}
