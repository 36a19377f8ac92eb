package org.citycoop.identity.signin;

import java.time.Instant;
import java.util.UUID;

import org.citycoop.identity.accounts.Account;
import org.citycoop.platform.security.Role;
import org.springframework.security.core.userdetails.User;

import org.citycoop.identity.accounts.Accounts;
import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Finds accounts by e-mail for the sign-in form, counts failures and locks an account for a while
 * after {@code citycoop.identity.lockout.max-failures} in a row, and writes every attempt to the audit log.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInAccounts implements UserDetailsService {

    private final Accounts accounts;
    private final AuditLog audit;
    private final LockoutSettings lockout;

    /**
     * The account behind an e-mail address, as a standard {@link User} whose username is the account
     * id (so tokens carry it as {@code sub}, and the stored authorization needs no custom classes).
     */
    @Override
    public UserDetails loadUserByUsername(String email) {
        if (!mayBeAnAccount(email)) {
            throw new UsernameNotFoundException("not an e-mail address"); // no look-up: a NUL byte would not even reach PostgreSQL
        }
        Account account = accounts.byEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no account")); // the form says only "wrong e-mail or password"
        return User.withUsername(account.id().toString())
                .password(account.passwordHash() == null ? "{noop}" + UUID.randomUUID() : account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .accountLocked(account.lockedAt(Instant.now()))
                .disabled(account.status() != Account.Status.ACTIVE)
                .build();
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof User user) {
            accounts.byId(UUID.fromString(user.getUsername())).ifPresent(account -> {
                accounts.signedIn(account.email());
                audit.record(AuditAction.SIGNED_IN, user.getUsername(), user.getUsername(), null, remote(event.getAuthentication().getDetails()));
            });
        }
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        String remote = remote(event.getAuthentication().getDetails());
        audit.record(AuditAction.SIGN_IN_FAILED, null, email, "wrong password or unknown e-mail", remote);
        if (mayBeAnAccount(email) && accounts.failedSignIn(email, lockout.maxFailures(), lockout.duration())) {
            audit.record(AuditAction.ACCOUNT_LOCKED, null, email, lockout.maxFailures() + " failed sign-ins; locked for " + lockout.duration(), remote);
        }
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        audit.record(AuditAction.SIGN_IN_FAILED, null, String.valueOf(event.getAuthentication().getPrincipal()), "account locked",
                remote(event.getAuthentication().getDetails()));
    }

    /** Whether a typed user name could be an account's e-mail address at all: at most 254 characters, no control characters. */
    static boolean mayBeAnAccount(String typed) {
        return typed.length() <= org.citycoop.identity.audit.AuditText.MAX && typed.chars().noneMatch(Character::isISOControl);
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
