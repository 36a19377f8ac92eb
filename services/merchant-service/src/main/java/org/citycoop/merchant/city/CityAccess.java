package org.citycoop.merchant.city;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anyone may read the partner cities; operators correct them. */
@Configuration(proxyBeanMethods = false)
class CityAccess {

    @Bean
    EndpointRules cityRules() {
        return EndpointRules.builder()
                .permitAll(GET, "/api/cities", "/api/cities/{code}")
                .roles(PUT, "/api/cities/{code}", Role.OPERATOR)
                .build();
    }
}
