package org.citycoop.identity.signin;

import static org.springframework.http.HttpMethod.GET;

import org.citycoop.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in form is for everyone; its own chain (sessions, CSRF) serves it. */
@Configuration(proxyBeanMethods = false)
class SignInAccess {

    @Bean
    EndpointRules signInRules() {
        return EndpointRules.builder().permitAll(GET, "/login").build();
    }
}
