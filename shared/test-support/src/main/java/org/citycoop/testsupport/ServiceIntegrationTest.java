package org.citycoop.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on a random port, against real PostgreSQL (a fresh database) and real Kafka.
 * Name such tests {@code *IT}; they run in Maven's {@code verify} phase. With the profile {@code local},
 * like {@code ./citycoop up}: the committed development secrets are accepted (DevelopmentSecrets).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@ActiveProfiles("local")
public @interface ServiceIntegrationTest {
}
