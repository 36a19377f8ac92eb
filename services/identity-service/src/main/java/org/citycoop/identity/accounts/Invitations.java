package org.citycoop.identity.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.refusal.Fault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases: inviting people into roles, accepting an invitation, changing an account's roles, and
 * disabling staff. Operators invite merchant owners, economists and cashiers; an owner invites and
 * disables the cashiers of their own merchant. Every step is in the audit log.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    /** The invitation token is returned once, to be handed to the invited person (no e-mail is sent yet). */
    public record Invited(UUID accountId, String invitationToken) {
    }

    @Transactional
    public Invited invite(InvitePerson command, Caller caller) {
        Set<Role> roles = EnumSet.of(command.role());
        List<Fault> scopeErrors = scopeErrors(command.role(), command.merchantId(), command.cityCodes(), command.region());
        if (!scopeErrors.isEmpty()) {
            throw new AccountRefusal.Invalid(scopeErrors).refused();
        }
        requireMayInvite(command, caller);
        if (accounts.emailTaken(command.email())) {
            throw new AccountRefusal.EmailTaken().refused();
        }
        UUID id = UUID.randomUUID();
        accounts.add(new Account(id, command.email().strip(), null, command.displayName().strip(), roles, command.merchantId(),
                command.cityCodes() == null ? List.of() : List.copyOf(command.cityCodes()), Boolean.TRUE.equals(command.region()), null,
                command.language() == null ? "en" : command.language(), Account.Status.INVITED, 0, null));
        String token = newToken();
        jdbc.sql("INSERT INTO invitation (token_hash, account_id, invited_by, expires_at) VALUES (:hash, :account, :by, :expires)")
                .param("hash", hash(token)).param("account", id).param("by", caller.subject())
                .param("expires", Timestamp.from(clock.instant().plus(VALID_FOR))).update();
        audit.record(AuditAction.ACCOUNT_INVITED, caller.subject(), id.toString(), command.role() + scopeText(command.merchantId(),
                command.cityCodes(), command.region()), null);
        return new Invited(id, token);
    }

    /** The invited person sets a password; the account becomes active. A token works once. */
    @Transactional
    public UUID accept(String token, String password) {
        record Open(UUID accountId, Timestamp expiresAt, Timestamp acceptedAt) {
        }
        Open invitation = jdbc.sql("SELECT account_id, expires_at, accepted_at FROM invitation WHERE token_hash = :hash FOR UPDATE")
                .param("hash", hash(token)).query(Open.class).optional()
                .orElseThrow(() -> new AccountRefusal.InvitationUnknown().refused());
        if (invitation.acceptedAt() != null || invitation.expiresAt().toInstant().isBefore(clock.instant())) {
            throw new AccountRefusal.InvitationUsed().refused();
        }
        Account account = accounts.byId(invitation.accountId()).orElseThrow();
        List<String> broken = PasswordPolicy.violations(password, account.email());
        if (!broken.isEmpty()) {
            throw new AccountRefusal.Invalid(broken.stream()
                    .map(code -> Fault.of("password", code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)).toList()).refused();
        }
        jdbc.sql("UPDATE account SET password_hash = :hash, status = 'ACTIVE' WHERE id = :id")
                .param("hash", passwords.encode(password)).param("id", account.id()).update();
        jdbc.sql("UPDATE invitation SET accepted_at = now() WHERE token_hash = :hash").param("hash", hash(token)).update();
        audit.record(AuditAction.ACCOUNT_REGISTERED, account.id().toString(), account.id().toString(), "invitation accepted", null);
        events.publish(new UserRegistered(account.id(), new ArrayList<>(account.roles().stream().map(Role::name).sorted().toList()), null,
                account.merchantId(), clock.instant()));
        return account.id();
    }

    /** An operator changes an account's role and scope; the audit line says from what to what. */
    @Transactional
    public void changeRoles(UUID accountId, ChangeRoles command, Caller caller) {
        Account before = accounts.byId(accountId).orElseThrow(() -> new AccountRefusal.AccountUnknown().refused());
        List<Fault> errors = new ArrayList<>();
        for (Role role : command.roles()) {
            errors.addAll(scopeErrors(role, command.merchantId(), command.cityCodes(), command.region()));
        }
        if (command.roles().contains(Role.SHOPPER) && before.homeCity() == null) {
            errors.add(Fault.of("roles", "account.shopper-needs-home-city"));
        }
        if (command.roles().contains(Role.TERMINAL)) {
            errors.add(Fault.of("roles", "account.terminal-is-not-a-person"));
        }
        if (!errors.isEmpty()) {
            throw new AccountRefusal.Invalid(errors.stream().distinct().toList()).refused();
        }
        jdbc.sql("UPDATE account SET roles = :roles, merchant_id = :merchant, city_codes = :cities, region = :region WHERE id = :id")
                .param("roles", command.roles().stream().map(Role::name).sorted().toArray(String[]::new)).param("merchant", command.merchantId())
                .param("cities", command.cityCodes() == null ? new String[0] : command.cityCodes().toArray(String[]::new))
                .param("region", Boolean.TRUE.equals(command.region())).param("id", accountId).update();
        audit.record(AuditAction.ROLE_CHANGED, caller.subject(), accountId.toString(),
                before.roles() + scopeText(before.merchantId(), before.cityCodes(), before.region()) + " -> " + command.roles()
                        + scopeText(command.merchantId(), command.cityCodes(), command.region()), null);
    }

    /** An owner (for their merchant) or an operator disables a cashier: they can no longer sign in. */
    @Transactional
    public void disableStaff(UUID merchantId, UUID accountId, Caller caller) {
        if (!caller.administers(merchantId)) {
            throw new AccountRefusal.NotYourMerchant().refused();
        }
        Account account = accounts.byId(accountId).filter(a -> merchantId.equals(a.merchantId()) && a.roles().contains(Role.CASHIER))
                .orElseThrow(() -> new AccountRefusal.AccountUnknown().refused());
        jdbc.sql("UPDATE account SET status = 'DISABLED' WHERE id = :id").param("id", account.id()).update();
        audit.record(AuditAction.ROLE_CHANGED, caller.subject(), account.id().toString(), "cashier of " + merchantId + " disabled", null);
    }

    public List<Account> staffOf(UUID merchantId, Caller caller) {
        if (!caller.mayViewMerchant(merchantId)) {
            throw new AccountRefusal.NotYourMerchant().refused();
        }
        return accounts.ofMerchant(merchantId);
    }

    private static void requireMayInvite(InvitePerson command, Caller caller) {
        if (caller.has(Role.OPERATOR)) {
            return;
        }
        boolean ownerInvitingOwnCashier = caller.has(Role.MERCHANT_OWNER) && command.role() == Role.CASHIER
                && command.merchantId() != null && caller.actsFor(command.merchantId());
        if (!ownerInvitingOwnCashier) {
            throw new AccountRefusal.InvitationNotAllowed().refused();
        }
    }

    static List<Fault> scopeErrors(Role role, UUID merchantId, List<String> cityCodes, Boolean region) {
        List<Fault> errors = new ArrayList<>();
        switch (role) {
            case CASHIER, MERCHANT_OWNER -> {
                if (merchantId == null) {
                    errors.add(Fault.of("merchantId", "account.merchant-required"));
                }
            }
            case ECONOMIST -> {
                if (!Boolean.TRUE.equals(region) && (cityCodes == null || cityCodes.isEmpty())) {
                    errors.add(Fault.of("cityCodes", "account.cities-required"));
                }
            }
            case SHOPPER, TERMINAL -> errors.add(Fault.of("role", "account.role-not-invitable"));
            case OPERATOR -> { }
        }
        return errors;
    }

    private static String scopeText(UUID merchantId, List<String> cities, Boolean region) {
        return (merchantId == null ? "" : " merchant " + merchantId) + (Boolean.TRUE.equals(region) ? " region" : "")
                + (cities == null || cities.isEmpty() ? "" : " cities " + cities);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
