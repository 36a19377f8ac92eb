package org.citycoop.analytics.measures.decision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The measures' decisions are plain Java: no Spring, JDBC, HTTP or Kafka, nor the service's adapters. */
class DecisionsKnowNoFrameworkTest {

    static final JavaClasses DECISIONS = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citycoop.analytics.measures.decision");

    @Test
    void decisionsImportNoFrameworkNorAdapters() {
        noClasses().that().resideInAPackage("org.citycoop.analytics.measures.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..",
                        "jakarta.servlet..", "java.net.http..", "org.citycoop.platform..", "org.citycoop.analytics.readmodel..")
                .orShould().dependOnClassesThat().resideInAPackage("org.citycoop.analytics.measures")
                .check(DECISIONS);
    }
}
