package org.citycoop.platform.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's {@code @SpringBootApplication} class and names the service. Everything that
 * follows from the name is derived once, in {@link ServiceEnvironment}: {@code spring.application.name},
 * the config file ({@code <name>.yml}), the default port, the database and role
 * ({@code citycoop_<short name>}), the Flyway locations and the Kafka consumer group.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CitycoopService {

    /** The service's name, e.g. {@code merchant-service}. */
    String name();

    /** The default HTTP port (docs/architecture.md's table of services); {@code server.port} overrides it. */
    int port();
}
