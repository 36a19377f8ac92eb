package org.citycoop.identity.tokens;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * identity-service as OAuth2 / OpenID Connect authorization server (Spring Security 7.1): discovery,
 * JWKS, authorization code with PKCE for the web front, client credentials for terminals, refresh
 * tokens, RP-initiated logout. Clients, authorizations and consents live in PostgreSQL; keys in
 * {@link SigningKeys}. Its own API is protected like every service's (the platform kit's chain).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The client id of the web front. */
    static final String WEB_CLIENT = "citycoop-web";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The sign-in form and sign-out: sessions and CSRF tokens, for people in a browser. */
    @Bean
    @Order(2)
    SecurityFilterChain signInSecurity(HttpSecurity http, IdentitySettings settings) throws Exception {
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl(settings.web().baseUrl() + "/"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self' http://127.0.0.1:* http://localhost:*")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets us move to Argon2 later without invalidating hashes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerSettings issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return keys.source();
    }

    /**
     * Verifies tokens for identity-service's own API with its own keys, plus the keys at
     * {@code citycoop.security.jwk-set-uri} when that points elsewhere (tests sign with their own).
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, IssuerSettings settings) throws MalformedURLException {
        String issuer = settings.issuer();
        String jwkSetUri = settings.jwkSetUri();
        String audience = settings.audience();
        JWKSource<SecurityContext> own = keys.source();
        JWKSource<SecurityContext> source = own;
        if (!jwkSetUri.startsWith(issuer)) {
            JWKSource<SecurityContext> remote = JWKSourceBuilder.create(URI.create(jwkSetUri).toURL()).build();
            source = (selector, context) -> {
                List<JWK> found = own.get(selector, context);
                if (!found.isEmpty()) {
                    return found;
                }
                try {
                    return remote.get(selector, context);
                } catch (com.nimbusds.jose.KeySourceException unavailable) {
                    return List.of(); // an unknown key is an invalid token (401), not a server error
                }
            };
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ofSeconds(30)),
                new JwtIssuerValidator(issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                        ? org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success()
                        : org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.failure(
                                new org.springframework.security.oauth2.core.OAuth2Error("invalid_token", "wrong audience", null))));
        return decoder;
    }

    /** Registers (once) the web front as a confidential client using authorization code + PKCE and refresh tokens. */
    @Bean
    org.springframework.boot.ApplicationRunner webClientRegistration(RegisteredClientRepository clients, PasswordEncoder passwords,
            TransactionTemplate transactions, IdentitySettings settings) {
        String webBaseUrl = settings.web().baseUrl();
        String secret = settings.web().clientSecret();
        return args -> transactions.executeWithoutResult(status -> {
            RegisteredClient existing = clients.findByClientId(WEB_CLIENT);
            RegisteredClient.Builder client = existing != null ? RegisteredClient.from(existing)
                    : RegisteredClient.withId(UUID.randomUUID().toString()).clientId(WEB_CLIENT);
            client.clientSecret(passwords.encode(secret))
                    .clientName("citycoop web")
                    .clientAuthenticationMethods(methods -> {
                        methods.clear();
                        methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
                    })
                    .authorizationGrantTypes(grants -> {
                        grants.clear();
                        grants.add(AuthorizationGrantType.AUTHORIZATION_CODE);
                        grants.add(AuthorizationGrantType.REFRESH_TOKEN);
                    })
                    .redirectUris(uris -> {
                        uris.clear();
                        uris.add(webBaseUrl + "/login/oauth2/code/citycoop");
                    })
                    .postLogoutRedirectUris(uris -> {
                        uris.clear();
                        uris.add(webBaseUrl + "/");
                    })
                    .scopes(scopes -> {
                        scopes.clear();
                        scopes.add(OidcScopes.OPENID);
                        scopes.add(OidcScopes.PROFILE);
                    })
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5))
                            .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build());
            clients.save(client.build());
        });
    }
}
