package org.citycoop.identity.terminals;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.citycoop.contracts.merchant.TerminalRetired;
import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.citycoop.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use cases: issuing (or renewing) the client credentials of a terminal registered at a store, and
 * revoking them. Only the merchant's owner (or an operator) may; the secret is shown once and stored
 * only hashed. The client id stays the same when the secret is renewed, so a device only needs its
 * new secret. A revoked terminal gets no new token; its last token (5 minutes at most) runs out.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TerminalCredentials {

    /** Access tokens of terminals live this long; a revoked terminal is locked out within it. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Terminals terminals;
    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    /** The credentials of a terminal; {@code clientSecret} is shown this once. */
    public record Issued(String clientId, String clientSecret, UUID terminalId, UUID merchantId, UUID storeId, String label) {
    }

    /** Issues credentials for a registered terminal, or renews them (the old secret stops working at once). */
    @Transactional
    public Issued issue(UUID terminalId, Caller caller) {
        RegisteredTerminal terminal = registeredFor(terminalId, caller);
        if (terminal.retiredAt() != null) {
            throw new TerminalRefusal.Retired().refused();
        }
        String clientId = terminal.clientId() != null ? terminal.clientId() : "terminal-" + terminalId;
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        return issue(terminal, caller.subject(), clientId, secret);
    }

    /** Issues with a given client id and secret: for demo data, whose terminal must be known in advance. */
    @Transactional
    public Issued issue(RegisteredTerminal terminal, String issuedBy, String clientId, String secret) {
        RegisteredClient existing = clients.findByClientId(clientId);
        RegisteredClient.Builder client = existing != null
                ? RegisteredClient.from(existing).clientSecretExpiresAt(null)
                : RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(clientId)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build());
        RegisteredClient saved = client.clientSecret(passwords.encode(secret)).clientName(terminal.label()).build();
        clients.save(saved);
        forgetAuthorizations(saved);
        terminals.saveCredentials(clientId, terminal.merchantId(), terminal.label(), issuedBy, terminal.terminalId(), terminal.storeId());
        audit.record(AuditAction.TERMINAL_CREDENTIAL_ISSUED, issuedBy, clientId,
                "merchant " + terminal.merchantId() + ", store " + terminal.storeId() + ", " + terminal.label(), null);
        return new Issued(clientId, secret, terminal.terminalId(), terminal.merchantId(), terminal.storeId(), terminal.label());
    }

    /** Revokes a terminal's credentials; revoking twice changes nothing. */
    @Transactional
    public void revoke(UUID terminalId, Caller caller) {
        RegisteredTerminal terminal = registeredFor(terminalId, caller);
        if (terminal.clientId() == null) {
            throw new TerminalRefusal.NoCredentials().refused();
        }
        revoke(terminal, caller.subject(), "revoked");
    }

    /** merchant-service retired the terminal: its credentials stop working. */
    @Transactional
    public void retired(TerminalRetired event) {
        if (!terminals.retire(event)) {
            return;
        }
        terminals.registered(event.terminalId()).filter(t -> t.clientId() != null)
                .ifPresent(terminal -> revoke(terminal, "merchant-service", "terminal retired: " + event.reason()));
    }

    private void revoke(RegisteredTerminal terminal, String by, String why) {
        if (terminal.credentialsRevokedAt() != null || terminal.clientId() == null) {
            return;
        }
        RegisteredClient client = clients.findByClientId(terminal.clientId());
        if (client != null) {
            // the repository has no delete: an expired secret makes every token request fail with invalid_client
            clients.save(RegisteredClient.from(client).clientSecretExpiresAt(Instant.now().minusSeconds(1)).build());
            forgetAuthorizations(client);
        }
        terminals.revoke(terminal.clientId());
        audit.record(AuditAction.TERMINAL_CREDENTIAL_REVOKED, by, terminal.clientId(), "merchant " + terminal.merchantId() + ", " + why, null);
    }

    private void forgetAuthorizations(RegisteredClient client) {
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = :id").param("id", client.getId()).update();
    }

    private RegisteredTerminal registeredFor(UUID terminalId, Caller caller) {
        RegisteredTerminal terminal = terminals.registered(terminalId)
                .orElseThrow(() -> new TerminalRefusal.TerminalUnknown().refused());
        if (!caller.administers(terminal.merchantId())) {
            throw new TerminalRefusal.NotYourMerchant().refused();
        }
        return terminal;
    }
}
