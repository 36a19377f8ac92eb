package org.citycoop.identity.accounts;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.security.Anyone;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Invitations, accepting them, role changes by operators, and a merchant's staff. */
@RestController
@RequiredArgsConstructor
class InvitationController {

    private final Invitations invitations;

    /** Who a merchant's staff are, without secrets. */
    record StaffMember(UUID id, String email, String displayName, List<String> roles, String status) {
        static StaffMember of(Account account) {
            return new StaffMember(account.id(), account.email(), account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(), account.status().name());
        }
    }

    @Roles({Role.OPERATOR, Role.MERCHANT_OWNER})
    @PostMapping("/api/invitations")
    ResponseEntity<Invitations.Invited> invite(@Validated @RequestBody InvitePerson command) {
        var invited = invitations.invite(command, Caller.current().orElseThrow());
        return ResponseEntity.created(URI.create("/api/accounts/" + invited.accountId())).body(invited);
    }

    @Anyone
    @PostMapping("/api/invitations/{token}/acceptance")
    Map<String, UUID> accept(@PathVariable String token, @Validated @RequestBody AcceptInvitation command) {
        return Map.of("id", invitations.accept(token, command.password()));
    }

    @Roles(Role.OPERATOR)
    @PutMapping("/api/accounts/{accountId}/roles")
    ResponseEntity<Void> changeRoles(@PathVariable UUID accountId, @Validated @RequestBody ChangeRoles command) {
        invitations.changeRoles(accountId, command, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @GetMapping("/api/merchants/{merchantId}/staff")
    List<StaffMember> staff(@PathVariable UUID merchantId) {
        return invitations.staffOf(merchantId, Caller.current().orElseThrow()).stream().map(StaffMember::of).toList();
    }

    @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
    @DeleteMapping("/api/merchants/{merchantId}/staff/{accountId}")
    ResponseEntity<Void> disable(@PathVariable UUID merchantId, @PathVariable UUID accountId) {
        invitations.disableStaff(merchantId, accountId, Caller.current().orElseThrow());
        return ResponseEntity.noContent().build();
    }
}
