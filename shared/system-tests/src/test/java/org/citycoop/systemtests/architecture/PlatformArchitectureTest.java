package org.citycoop.systemtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Rules of docs/architecture.md and docs/conventions.md that the compiler cannot hold, checked on the production classes. */
class PlatformArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citycoop");

    private static final String[] SERVICES = {"identity", "merchant", "voucher", "redemption", "points", "analytics", "web"};

    @Test
    void servicesNeverUseEachOthersCode() {
        for (String service : SERVICES) {
            String[] others = java.util.Arrays.stream(SERVICES).filter(s -> !s.equals(service)).map(s -> "org.citycoop." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.citycoop." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("services talk over Kafka and REST, never through each other's classes")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void onlyThePlatformKitSendsToKafka() {
        noClasses().that().resideOutsideOfPackage("org.citycoop.platform..")
                .should().dependOnClassesThat().areAssignableTo(KafkaOperations.class)
                .because("events leave a service through the transactional outbox (IntegrationEvents), never by a direct send")
                .check(CLASSES);
    }

    /** Services share a JVM in system tests: a root-level file of one would shadow another's (ADR 2). */
    @Test
    void noServiceKeepsConfigurationOrTextsUnderSharedNames() throws java.io.IOException {
        for (String shared : new String[] {"application.yml", "application.properties", "messages.properties", "db/migration/V1__init.sql"}) {
            org.assertj.core.api.Assertions.assertThat(java.util.Collections.list(getClass().getClassLoader().getResources(shared)))
                    .as(shared + " on the classpath").isEmpty();
        }
    }

    @Test
    void theEventContractsKnowNoFramework() {
        noClasses().that().resideInAPackage("org.citycoop.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..", "io.cloudevents..",
                        "tools.jackson..", "com.fasterxml..")
                .check(CLASSES);
    }
}
