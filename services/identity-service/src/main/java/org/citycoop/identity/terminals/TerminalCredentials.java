package org.citycoop.identity.terminals;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases: issuing a terminal's client credentials and revoking them. Only the merchant's owner
 * (or an operator) may; the secret is shown once and stored only hashed. A revoked terminal gets no
 * new token; its last token (5 minutes at most) runs out.
 */
@Service
public class TerminalCredentials {

    /** Access tokens of terminals live this long; a revoked terminal is locked out within it. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Terminals terminals;
    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    TerminalCredentials(Terminals terminals, RegisteredClientRepository clients, PasswordEncoder passwords, AuditLog audit, JdbcClient jdbc) {
        this.terminals = terminals;
        this.clients = clients;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The credentials of a new terminal; {@code clientSecret} is shown this once. */
    public record Issued(String clientId, String clientSecret, UUID merchantId, String label) {
    }

    @Transactional
    public Issued issue(UUID merchantId, String label, Caller caller) {
        requireOwnerOrOperator(merchantId, caller);
        String clientId = "terminal-" + UUID.randomUUID();
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        return issue(merchantId, label, caller.subject(), clientId, secret);
    }

    /** Issues with a given id and secret: for demo data, whose terminal must be known in advance. */
    @Transactional
    public Issued issue(UUID merchantId, String label, String issuedBy, String clientId, String secret) {
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret(passwords.encode(secret))
                .clientName(label)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
                .build());
        terminals.add(clientId, merchantId, label, issuedBy);
        audit.record(AuditAction.TERMINAL_CREDENTIAL_ISSUED, issuedBy, clientId, "merchant " + merchantId + ", " + label, null);
        return new Issued(clientId, secret, merchantId, label);
    }

    @Transactional
    public void revoke(UUID merchantId, String clientId, Caller caller) {
        requireOwnerOrOperator(merchantId, caller);
        Terminal terminal = terminals.byClientId(clientId).filter(t -> t.merchantId().equals(merchantId))
                .orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-not-found", List.of()));
        if (terminal.revokedAt() != null) {
            return; // revoking twice changes nothing
        }
        RegisteredClient client = clients.findByClientId(clientId);
        if (client != null) {
            // the repository has no delete: an expired secret makes every token request fail with invalid_client
            clients.save(RegisteredClient.from(client).clientSecretExpiresAt(Instant.now().minusSeconds(1)).build());
            jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = :id").param("id", client.getId()).update();
        }
        terminals.revoke(clientId);
        audit.record(AuditAction.TERMINAL_CREDENTIAL_REVOKED, caller.subject(), clientId, "merchant " + merchantId, null);
    }

    private static void requireOwnerOrOperator(UUID merchantId, Caller caller) {
        if (!caller.administers(merchantId)) {
            throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
        }
    }
}
