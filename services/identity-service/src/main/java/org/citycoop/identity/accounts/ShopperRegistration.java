package org.citycoop.identity.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.refusal.Fault;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Use case: a shopper signs up. The account, its audit line and {@code UserRegistered} commit together. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ShopperRegistration {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public UUID register(RegisterShopper command, String remote) {
        List<String> broken = PasswordPolicy.violations(command.password(), command.email());
        if (!broken.isEmpty()) {
            throw new AccountRefusal.Invalid(broken.stream()
                    .map(code -> Fault.of("password", code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)).toList()).refused();
        }
        if (accounts.emailTaken(command.email())) {
            throw new AccountRefusal.EmailTaken().refused();
        }
        UUID id = UUID.randomUUID();
        accounts.add(new Account(id, command.email().strip(), passwords.encode(command.password()), command.displayName().strip(),
                EnumSet.of(Role.SHOPPER), null, List.of(), false, command.homeCity(), command.language() == null ? "en" : command.language(),
                Account.Status.ACTIVE, 0, null));
        audit.record(AuditAction.ACCOUNT_REGISTERED, id.toString(), id.toString(), "shopper, home city " + command.homeCity(), remote);
        events.publish(new UserRegistered(id, List.of(Role.SHOPPER.name()), command.homeCity(), null, clock.instant()));
        return id;
    }
}
