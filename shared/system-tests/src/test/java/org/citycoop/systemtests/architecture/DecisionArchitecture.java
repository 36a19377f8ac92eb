package org.citycoop.systemtests.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Decisions apart from effects (ADR 30): a package named {@code decision} holds the rules of a use case that moves money or
 * points in plain Java — records in, an outcome or a named refusal out. It may use the JDK and the event contracts' value
 * types (money, currencies, cities) and the kit's plain refusal types ({@code org.citycoop.platform.refusal}: a field's
 * {@code Fault}), nothing that reaches a database, a request, a broker or the platform kit's Spring side.
 */
final class DecisionArchitecture {

    /** Where decisions live, in every service. */
    static final String DECISION_PACKAGES = "org.citycoop..decision..";

    static final ArchRule DECISIONS_KNOW_NO_FRAMEWORK = noClasses().that().resideInAPackage(DECISION_PACKAGES)
            .should().dependOnClassesThat(resideInAnyPackage(
                    "org.springframework..", // Spring itself: beans, transactions, JdbcClient, HttpStatus, KafkaTemplate
                    "java.sql..", "javax.sql..", "org.postgresql..", // JDBC
                    "jakarta.servlet..", "java.net.http..", "org.apache.hc..", // HTTP
                    "org.apache.kafka..", "io.cloudevents..", // Kafka
                    "org.citycoop.platform..", // the kit: web problems, security, outbox, messaging
                    "tools.jackson..", "com.fasterxml..").and(not(resideInAPackage("org.citycoop.platform.refusal")))) // plain Java: a field's Fault
            .because("a decision is plain Java, tested without a container; the Spring shell around it loads, stores and publishes");

    private DecisionArchitecture() {
    }
}
