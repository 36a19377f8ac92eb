package org.citycoop.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whatever is typed as user name at the sign-in form, the audit log keeps at most 254 characters of it
 * and no control characters; such input is an ordinary failed sign-in (back to the form), never a 500.
 */
@ServiceIntegrationTest
class SignInAuditBoundsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Browserless browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browserless(port);
    }

    @Test
    void an802CharacterUserNameIsAuditedCutTo254Characters() {
        String token = "eyJhbGciOiJSUzI1NiJ9." + "x".repeat(781);
        assertThat(token).hasSize(802);
        var response = signIn(token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
        List<String> audited = failuresStartingWith("eyJhbGciOiJSUzI1NiJ9.");
        assertThat(audited).singleElement().satisfies(subject -> assertThat(subject).hasSize(254).endsWith("…"));
    }

    @Test
    void aUserNameWithLineBreaksIsAuditedWithoutThem() {
        var response = signIn("mallory@example.at\r\nSIGNED_IN operator@citycoop.demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(failuresStartingWith("mallory@example.at")).singleElement()
                .isEqualTo("mallory@example.at\uFFFD\uFFFDSIGNED_IN operator@citycoop.demo");
    }

    @Test
    void aUserNameWithANulByteIsRefusedNamingTheFieldAndNothingIsAudited() {
        // text PostgreSQL cannot store stops at the platform kit, before the sign-in (ADR 23)
        var response = signIn("trudy@example.at\u0000operator@citycoop.demo");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"username\"");
        assertThat(failuresStartingWith("trudy@example.at")).isEmpty();
    }

    private java.net.http.HttpResponse<String> signIn(String username) {
        String csrf = Browserless.csrfToken(browser.get("/login", "text/html").body());
        return browser.postForm("/login", Map.of("username", username, "password", "wrong-password", "_csrf", csrf), null, null);
    }

    private List<String> failuresStartingWith(String prefix) {
        return jdbc.sql("SELECT subject FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND starts_with(subject, :p)").param("p", prefix)
                .query(String.class).list();
    }
}
