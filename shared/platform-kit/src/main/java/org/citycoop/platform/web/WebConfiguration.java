package org.citycoop.platform.web;

import org.citycoop.platform.service.ApplicationSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;

import io.swagger.v3.oas.models.OpenAPI;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.models.info.Info;

/**
 * Web conventions for every service: problem details (from MVC, filters, the firewall and the
 * container), text that can be stored, bounded bodies, the OpenAPI document's title.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication
@Import({ProblemDetailsAdvice.class, RefusedAnswers.class, ContainerErrors.ProblemErrorController.class})
@EnableConfigurationProperties({WebSettings.class, ServiceInfo.class, ApplicationSettings.class})
public class WebConfiguration {

    @Bean
    ProblemResponses problemResponses(MessageSource messages, JsonMapper json) {
        return new ProblemResponses(messages, json);
    }

    /** Every JSON string read must be storable (a 400 naming the field otherwise). */
    @Bean
    StorableStrings storableStrings() {
        return new StorableStrings();
    }

    /** After the size limit and the shedding, before Spring Security: parameters and form fields must be storable. */
    @Bean
    FilterRegistrationBean<StorableParameters> storableParameters(ProblemResponses problems) {
        FilterRegistrationBean<StorableParameters> registration = new FilterRegistrationBean<>(new StorableParameters(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    /** Path variables (and multipart fields) must be storable, named once the handler is known. */
    @Bean
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer storablePathVariables() {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(new StorablePathVariables());
            }
        };
    }

    /** What Spring Security's firewall refuses, as a problem detail. */
    @Bean
    RejectedRequests rejectedRequests(ProblemResponses problems) {
        return new RejectedRequests(problems);
    }

    /** Tomcat's own error reports as problem details. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrors {

        @Bean
        org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
                problemReportOnTheHost(ProblemResponses problems) {
            return ContainerErrors.tomcat(problems);
        }
    }

    /** Runs before Spring Security, so an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebSettings settings, MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(settings.maxRequestSize(), messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Right after the size limit: writes are shed while the outbox senders cannot keep up. */
    @Bean
    FilterRegistrationBean<LoadShedding> loadShedding(
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
            org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor> senders,
            WebSettings settings, MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<LoadShedding> registration = new FilterRegistrationBean<>(
                new LoadShedding(() -> senders.getObject().getThreadPoolExecutor(), settings.shedAt(), messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    OpenAPI citycoopOpenApi(ApplicationSettings application, ServiceInfo info) {
        return new OpenAPI().info(new Info().title("citycoop " + application.name()).version("v1").description(info.description()));
    }
}
