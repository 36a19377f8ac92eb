package org.citycoop.platform.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Derives a service's defaults from its {@link CitycoopService} annotation, before config files are
 * read: so that {@code <name>.yml} is the service's config file (several services can then share one
 * JVM in system tests without their files shadowing each other), and so that the platform's common
 * settings ({@code citycoop-platform.properties}) apply everywhere with the lowest precedence.
 */
public final class ServiceEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "citycoop-service";
    static final String PLATFORM_DEFAULTS = "citycoop-platform";

    @Override
    public int getOrder() {
        // before ConfigDataEnvironmentPostProcessor, which reads spring.config.name
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Optional<CitycoopService> service = application.getAllSources().stream()
                .filter(Class.class::isInstance).map(Class.class::cast)
                .map(source -> AnnotatedElementUtils.findMergedAnnotation(source, CitycoopService.class))
                .filter(java.util.Objects::nonNull)
                .findFirst();
        if (service.isEmpty() || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaultsFor(service.get())));
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(PLATFORM_DEFAULTS, new ClassPathResource("citycoop-platform.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("platform defaults missing from the platform kit", e);
        }
    }

    static Map<String, Object> defaultsFor(CitycoopService service) {
        String name = service.name();
        String database = databaseOf(name);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.application.name", name);
        defaults.put("spring.config.name", name);
        defaults.put("server.port", service.port());
        defaults.put("citycoop.service.database", database);
        defaults.put("spring.datasource.url",
                "jdbc:postgresql://${citycoop.postgres.host:127.0.0.1}:${citycoop.postgres.port:5432}/${citycoop.service.database}");
        defaults.put("spring.datasource.username", "${citycoop.service.database}");
        defaults.put("spring.flyway.locations", "classpath:db/platform,classpath:db/migration/" + name);
        defaults.put("spring.kafka.consumer.group-id", name);
        defaults.put("spring.kafka.producer.client-id", name);
        // the service's own texts under i18n/<name>/ (services may share a JVM in tests), then the platform's
        defaults.put("spring.messages.basename", "i18n/" + name + "/messages,citycoop-platform-messages");
        return defaults;
    }

    /** {@code merchant-service} → {@code citycoop_merchant}; {@code web} → {@code citycoop_web}. */
    public static String databaseOf(String serviceName) {
        return "citycoop_" + serviceName.replaceFirst("-service$", "").replace('-', '_');
    }
}
