package org.citycoop.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource-server side of every service: tokens verified against identity-service's keys,
 * issuer and audience; roles from the {@code roles} claim; the access rules on the service's handler
 * methods ({@link Roles}, {@link Anyone}, {@link SignedIn}) and its {@link EndpointRules} applied; everything else denied; 401/403 as localized problem details. Stateless: no
 * session, no cookies, so no CSRF token is needed here (the web front, which has sessions, has it).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication
@Import(MeController.class)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    /** Rules every service has: health and metrics for probes and scraping, the API document, who-am-I. */
    static final EndpointRules PLATFORM_RULES = EndpointRules.builder()
            .permitAll(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                    "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
            .authenticated(HttpMethod.GET, "/api/me")
            .build();

    @Bean
    SecurityProblems securityProblems(MessageSource messages, JsonMapper json) {
        return new SecurityProblems(messages, json);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecuritySettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ofSeconds(30)),
                new JwtIssuerValidator(settings.issuer().toString()),
                audienceValidator(settings.audience()));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }

    static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not meant for citycoop services", null));
    }

    @Bean
    EndpointRuleCoverage endpointRuleCoverage(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            List<EndpointRules> rules) {
        return new EndpointRuleCoverage(mappings, allRules(rules, HandlerRules.of(mappings)));
    }

    /** The service's API chain; identity-service and web add their own chains for their pages before it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    SecurityFilterChain citycoopApiSecurity(HttpSecurity http, List<EndpointRules> rules,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, SecurityProblems problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    authorize.requestMatchers("/error").permitAll();
                    for (EndpointRule rule : allRules(rules, HandlerRules.of(mappings))) {
                        apply(authorize.requestMatchers(rule.method(), rule.pattern()), rule.access());
                    }
                    authorize.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaims()))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    /** The platform's rules, then those declared as beans (pages, static files, sign-in), then those stated on handler methods. */
    static List<EndpointRule> allRules(List<EndpointRules> declared, EndpointRules onHandlers) {
        List<EndpointRule> all = new ArrayList<>(PLATFORM_RULES.rules());
        declared.forEach(rules -> all.addAll(rules.rules()));
        all.addAll(onHandlers.rules());
        return all;
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, EndpointRule.Access access) {
        switch (access) {
            case EndpointRule.Public p -> url.permitAll();
            case EndpointRule.Authenticated a -> url.authenticated();
            case EndpointRule.AnyRole r -> url.hasAnyRole(r.roles().stream().map(Role::name).toArray(String[]::new));
            case EndpointRule.BrowserSession s -> url.denyAll(); // reached only through the web front's own session chain
            case EndpointRule.PublicForm f -> url.denyAll(); // the same: the web front's chain checks the form's CSRF token
        }
    }

    /** {@code roles: [OPERATOR]} → {@code ROLE_OPERATOR}; {@code scope} entries → {@code SCOPE_x}. */
    static Converter<Jwt, AbstractAuthenticationToken> rolesFromClaims() {
        return jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            Caller.of(jwt).roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            List<String> scopes = jwt.getClaimAsStringList("scope");
            if (scopes == null && jwt.getClaimAsString("scope") != null) {
                scopes = List.of(jwt.getClaimAsString("scope").split(" "));
            }
            if (scopes != null) {
                scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }
}
