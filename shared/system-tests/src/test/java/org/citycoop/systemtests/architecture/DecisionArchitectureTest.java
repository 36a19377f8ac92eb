package org.citycoop.systemtests.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The decision packages of every service know no framework; the rule itself is shown to fail on a decision that imports Spring. */
class DecisionArchitectureTest {

    @Test
    void everyServicesDecisionsArePlainJava() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.citycoop");
        assertThat(production.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(DecisionArchitecture.DECISION_PACKAGES)))
                .as("decision classes found (redemption-service's checkout at least)").isNotEmpty();
        DecisionArchitecture.DECISIONS_KNOW_NO_FRAMEWORK.check(production);
    }

    @Test
    void theRuleFailsOnADecisionThatImportsSpring() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.citycoop.systemtests.architecture.fixture.decision");
        assertThat(fixture).isNotEmpty();
        assertThatThrownBy(() -> DecisionArchitecture.DECISIONS_KNOW_NO_FRAMEWORK.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringInADecision").hasMessageContaining("org.springframework.jdbc.core.simple.JdbcClient")
                .hasMessageContaining("org.springframework.http.HttpStatus");
    }

    @Test
    void theRulePassesAPlainDecision() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.citycoop.systemtests.architecture.fixture.clean.decision");
        assertThat(fixture).isNotEmpty();
        DecisionArchitecture.DECISIONS_KNOW_NO_FRAMEWORK.check(fixture);
    }
}
