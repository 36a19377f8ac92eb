package org.citycoop.platform.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code spring.application.name}, the service's name, as the platform kit uses it (event sources, the OpenAPI title):
 * set from {@link CitycoopService#name()} by {@link ServiceEnvironment}.
 *
 * @param name the service's name, e.g. {@code merchant-service}
 */
@ConfigurationProperties("spring.application")
@Validated
public record ApplicationSettings(@NotBlank String name) {
}
