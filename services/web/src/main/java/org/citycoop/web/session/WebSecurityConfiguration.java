package org.citycoop.web.session;

import java.util.Map;

import org.citycoop.web.shell.MapSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web front is a backend-for-frontend: people sign in through identity-service (OpenID Connect,
 * authorization code with PKCE), the session keeps their tokens server-side, the browser only holds
 * an HttpOnly session cookie. Forms carry CSRF tokens; sign-out ends the session here and at
 * identity-service (RP-initiated logout). The API chain of the platform kit still guards the rest.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

    public static final String REGISTRATION = "citycoop";

    /** Pages for people in a browser; everything else goes to the platform's API chain (deny by default). */
    @Bean
    @Order(10)
    SecurityFilterChain browserSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            IssuerSettings identity, MapSettings maps) throws Exception {
        String issuer = identity.issuer();
        java.net.URI tileUrl = java.net.URI.create(maps.mapTiles().replaceAll("[{}]", ""));
        String tileOrigin = tileUrl.getScheme() + "://" + tileUrl.getRawAuthority();
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.securityMatcher("/", "/sign-up", "/sign-up/done", "/account", "/wallet/**", "/shops", "/dashboards", "/dashboards/**", "/checkout", "/checkout/**", "/console", "/console/**", "/merchants/**", "/js/**", "/css/**",
                "/webjars/**", "/icons/**", "/sw.js", "/manifest.webmanifest", "/login", "/login/**", "/oauth2/**", "/logout", "/favicon.ico", "/error")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", "/sign-up", "/sign-up/done", "/shops", "/favicon.ico", "/js/**", "/css/**", "/webjars/**", "/icons/**", "/sw.js", "/manifest.webmanifest", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                // after signing in, back to the page the person asked for (without Spring Security's "?continue" marker)
                .requestCache(cache -> {
                    org.springframework.security.web.savedrequest.HttpSessionRequestCache saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
                    saved.setMatchingRequestParameterName(null);
                    cache.requestCache(saved);
                })
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION).defaultSuccessUrl("/account"))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        // form-action also covers the redirect after a form: sign-out continues at identity-service
                        "default-src 'self'; img-src 'self' data: blob: " + tileOrigin + "; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self' "
                                + issuer)));
        return http.build();
    }

    /**
     * identity-service as OIDC provider, configured without discovery at start-up (so the web front
     * starts even while identity-service is still starting); the end-session endpoint is named here.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(IssuerSettings identity, OidcClientSettings client) {
        String issuer = identity.issuer();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId("citycoop-web")
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .clientName("citycoop")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
