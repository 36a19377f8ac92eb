package org.citycoop.identity.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.identity.accounts.Account;
import org.citycoop.identity.accounts.Accounts;
import org.citycoop.identity.terminals.Terminals;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * What citycoop's tokens say: the caller's roles and scopes ({@link Caller}'s claims), the audience
 * {@code citycoop} every service checks, and the key that signs them. Collections are ArrayLists:
 * the authorization store's Jackson allow-list refuses {@code List.of}.
 */
@Component
@RequiredArgsConstructor
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;
    private final Terminals terminals;
    private final SigningKeys keys;
    private final IssuerSettings issuer;

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKeyId());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            terminals.active(context.getRegisteredClient().getClientId()).ifPresent(terminal -> {
                context.getClaims().claim(Caller.ROLES_CLAIM, new ArrayList<>(List.of(Role.TERMINAL.name())));
                context.getClaims().claim(Caller.MERCHANT_CLAIM, terminal.merchantId().toString());
                if (terminal.storeId() != null) {
                    context.getClaims().claim(Caller.STORE_CLAIM, terminal.storeId().toString());
                }
            });
        } else {
            accountOf(context.getPrincipal().getName()).ifPresent(account -> addAccountClaims(context, account));
        }
        if (accessToken) {
            context.getClaims().audience(new ArrayList<>(List.of(context.getRegisteredClient().getClientId(), issuer.audience())));
        }
    }

    private java.util.Optional<Account> accountOf(String name) {
        try {
            return accounts.byId(UUID.fromString(name));
        } catch (IllegalArgumentException notAnAccountId) {
            return java.util.Optional.empty();
        }
    }

    private static void addAccountClaims(JwtEncodingContext context, Account account) {
        var claims = context.getClaims();
        claims.claim(Caller.ROLES_CLAIM, new ArrayList<>(account.roles().stream().map(Role::name).sorted().toList()));
        if (account.merchantId() != null) {
            claims.claim(Caller.MERCHANT_CLAIM, account.merchantId().toString());
        }
        if (!account.cityCodes().isEmpty()) {
            claims.claim(Caller.CITIES_CLAIM, new ArrayList<>(account.cityCodes()));
        }
        if (account.region()) {
            claims.claim(Caller.REGION_CLAIM, Boolean.TRUE);
        }
        if (account.homeCity() != null) {
            claims.claim(Caller.HOME_CITY_CLAIM, account.homeCity());
        }
        claims.claim("name", account.displayName());
        claims.claim("locale", account.language());
    }
}
