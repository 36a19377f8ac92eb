package org.citycoop.systemtests.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Only controllers and their advices name HTTP statuses in the back-end services; the rule is shown to fail on a use case that does. */
class WebEdgeArchitectureTest {

    @Test
    void theBackEndsUseCasesPickNoHttpStatus() {
        // the services' test jars are on this module's class path too: their tests may name statuses
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/")).importPackages("org.citycoop");
        WebEdgeArchitecture.statusesAtTheWebEdgeOnly(WebEdgeArchitecture.BACK_END).check(production);
    }

    @Test
    void theRuleFailsOnAUseCaseThatPicksAStatus() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.citycoop.systemtests.architecture.fixture.edge");
        assertThat(fixture).isNotEmpty();
        assertThatThrownBy(() -> WebEdgeArchitecture.statusesAtTheWebEdgeOnly("org.citycoop.systemtests.architecture.fixture.edge..").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("StatusInAUseCase").hasMessageContaining("org.springframework.http.HttpStatus")
                .hasMessageNotContaining("RefusalAnswers").hasMessageNotContaining("OpeningStores");
    }

    @Test
    void theRulePassesAnAdviceThatMapsARefusal() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.citycoop.systemtests.architecture.fixture.edge.clean");
        assertThat(fixture).isNotEmpty();
        WebEdgeArchitecture.statusesAtTheWebEdgeOnly("org.citycoop.systemtests.architecture.fixture.edge.clean").check(fixture);
    }
}
