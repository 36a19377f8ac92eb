package org.citycoop.identity.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Each refusal of a terminal's credentials is the problem detail it was before it became a domain type. */
class TerminalRefusalProblemsTest {

    @Test
    void anUnknownTerminalAndOneWithoutCredentialsAre404s() {
        assertThat(answer(new TerminalRefusal.TerminalUnknown())).isEqualTo("404 NOT_FOUND terminal-unknown");
        assertThat(answer(new TerminalRefusal.NoCredentials())).isEqualTo("404 NOT_FOUND terminal-has-no-credentials");
    }

    @Test
    void anotherMerchantsTerminalIsA403() {
        assertThat(answer(new TerminalRefusal.NotYourMerchant())).isEqualTo("403 FORBIDDEN not-your-merchant");
    }

    @Test
    void aRetiredTerminalIsA409() {
        assertThat(answer(new TerminalRefusal.Retired())).isEqualTo("409 CONFLICT terminal-retired");
    }

    private static String answer(TerminalRefusal refusal) {
        RequestRejected problem = new TerminalRefusalProblems().problem(refusal);
        assertThat(problem.violations()).isEmpty();
        assertThat(problem.args()).isEmpty();
        return problem.status() + " " + problem.type();
    }
}
