package org.citycoop.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** Web conventions for every service: problem details, the OpenAPI document's title. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    @Bean
    OpenAPI citycoopOpenApi(@Value("${spring.application.name}") String service,
            @Value("${info.service.description:}") String description) {
        return new OpenAPI().info(new Info().title("citycoop " + service).version("v1").description(description));
    }
}
