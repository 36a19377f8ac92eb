package org.citycoop.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import io.swagger.v3.oas.models.OpenAPI;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.models.info.Info;

/** Web conventions for every service: problem details, the OpenAPI document's title. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    /** Runs before Spring Security, so an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${citycoop.web.max-request-size}") DataSize max, MessageSource messages,
            JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(max, messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Right after the size limit: writes are shed while the outbox senders cannot keep up. */
    @Bean
    FilterRegistrationBean<LoadShedding> loadShedding(
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
            org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor> senders,
            @Value("${citycoop.web.shed-at}") double shedAt, MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<LoadShedding> registration = new FilterRegistrationBean<>(
                new LoadShedding(() -> senders.getObject().getThreadPoolExecutor(), shedAt, messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    OpenAPI citycoopOpenApi(@Value("${spring.application.name}") String service,
            @Value("${info.service.description:}") String description) {
        return new OpenAPI().info(new Info().title("citycoop " + service).version("v1").description(description));
    }
}
