package org.citycoop.merchant.city;

import static org.springframework.http.HttpMethod.GET;

import org.citycoop.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read the partner cities: anyone (the public directory and every front end need them). */
@Configuration(proxyBeanMethods = false)
class CityAccess {

    @Bean
    EndpointRules cityRules() {
        return EndpointRules.builder()
                .permitAll(GET, "/api/cities", "/api/cities/{code}")
                .build();
    }
}
