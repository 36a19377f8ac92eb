package org.citycoop.points.accrual;

import java.net.URI;
import java.util.List;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.points.accrual.decision.NewRules;
import org.citycoop.points.accrual.decision.RulePublishing;
import org.citycoop.points.accrual.decision.RuleSet;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** The accrual rules: every version (operators, economists); a new version from a future day (operators). */
@RestController
@RequiredArgsConstructor
class RuleController {

    private final RuleSets ruleSets;
    private final RuleAdministration administration;

    @Roles({Role.OPERATOR, Role.ECONOMIST})
    @GetMapping("/api/accrual-rules")
    List<RuleSet> versions() {
        return ruleSets.all();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/accrual-rules")
    ResponseEntity<RuleSet> publish(@RequestBody NewRules rules) {
        RuleSet published = administration.publish(rules, Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/accrual-rules/" + published.version())).body(published);
    }

    /** Refused rules: a 400 naming each field at fault. */
    @Component
    static class RulesProblems implements RefusalProblems<RulePublishing.Refused> {

        @Override
        public RequestRejected problem(RulePublishing.Refused refused) {
            return RequestRejected.invalid(refused.faults().stream().map(Violation::of).toList());
        }
    }
}
