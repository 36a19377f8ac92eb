package org.citycoop.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each account refusal is the problem detail it was before it became a domain type. */
class AccountRefusalProblemsTest {

    @Test
    void aWeakPasswordIsA400NamingThePasswordWithItsBounds() {
        RequestRejected problem = new AccountRefusalProblems().problem(new AccountRefusal.Invalid(List.of(Fault.of("password", "password.too-short", 12, 128))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.type()).isEqualTo("invalid-request");
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("password");
            assertThat(v.code()).isEqualTo("password.too-short");
            assertThat(v.args()).containsExactly(12, 128);
        });
    }

    @Test
    void aTakenEmailIsA409NamingTheEmail() {
        RequestRejected problem = new AccountRefusalProblems().problem(new AccountRefusal.EmailTaken());

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.type()).isEqualTo("email-taken");
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("email");
            assertThat(v.code()).isEqualTo("email.taken");
        });
    }

    @Test
    void invitationsAndAccountsTheCallerMayNotSeeOrChangeAreTheirOwnTypes() {
        assertThat(statusAndType(new AccountRefusal.InvitationUnknown())).isEqualTo("404 NOT_FOUND invitation-unknown");
        assertThat(statusAndType(new AccountRefusal.InvitationUsed())).isEqualTo("410 GONE invitation-used");
        assertThat(statusAndType(new AccountRefusal.AccountUnknown())).isEqualTo("404 NOT_FOUND account-unknown");
        assertThat(statusAndType(new AccountRefusal.NotYourMerchant())).isEqualTo("403 FORBIDDEN not-your-merchant");
        assertThat(statusAndType(new AccountRefusal.InvitationNotAllowed())).isEqualTo("403 FORBIDDEN invitation-not-allowed");
    }

    @Test
    void aCashierWithoutMerchantAndAnEconomistWithoutCitiesAreNamedByTheirField() {
        assertThat(Invitations.scopeErrors(Role.CASHIER, null, null, null)).containsExactly(Fault.of("merchantId", "account.merchant-required"));
        assertThat(Invitations.scopeErrors(Role.ECONOMIST, null, List.of(), false)).containsExactly(Fault.of("cityCodes", "account.cities-required"));
        assertThat(Invitations.scopeErrors(Role.ECONOMIST, null, List.of(), true)).isEmpty();
        assertThat(Invitations.scopeErrors(Role.TERMINAL, UUID.randomUUID(), null, null)).containsExactly(Fault.of("role", "account.role-not-invitable"));
    }

    @Test
    void theRefusalLeavesTheUseCaseAsAnExceptionCarryingIt() {
        AccountRefusal refusal = new AccountRefusal.InvitationUsed();

        assertThat(refusal.refused().refusal()).isEqualTo(refusal);
    }

    private static String statusAndType(AccountRefusal refusal) {
        RequestRejected problem = new AccountRefusalProblems().problem(refusal);
        assertThat(problem.violations()).isEmpty();
        return problem.status() + " " + problem.type();
    }
}
