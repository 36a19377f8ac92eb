package org.citycoop.systemtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.citycoop.platform.web.RefusalProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Refusals are domain types, mapped to problem details at the web edge only (ADR 30, docs/conventions.md rule 5): in the
 * back-end services, only a controller or a controller advice (and the classes nested in one) or a feature's
 * {@link RefusalProblems} names an HTTP status. A use case throws or returns its feature's refusal; the web UI
 * (org.citycoop.web), which renders pages, is not held to this.
 */
final class WebEdgeArchitecture {

    /** The back-end services, whose use cases answer through controllers. */
    static final String[] BACK_END = {"org.citycoop.identity..", "org.citycoop.merchant..", "org.citycoop.voucher..", "org.citycoop.redemption..",
            "org.citycoop.points..", "org.citycoop.analytics.."};

    private static final DescribedPredicate<JavaClass> AT_THE_WEB_EDGE = new DescribedPredicate<>("a controller, a controller advice or a feature's refusal problems") {
        @Override
        public boolean test(JavaClass type) {
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return outermost.isAnnotatedWith(RestController.class) || outermost.isAnnotatedWith(Controller.class)
                    || outermost.isAnnotatedWith(RestControllerAdvice.class) || outermost.isAnnotatedWith(ControllerAdvice.class)
                    || type.isAssignableTo(RefusalProblems.class);
        }
    };

    /** In {@code packages}, nothing but the web edge depends on {@link HttpStatus}. */
    static ArchRule statusesAtTheWebEdgeOnly(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).and(DescribedPredicate.not(AT_THE_WEB_EDGE))
                .should().dependOnClassesThat().areAssignableTo(HttpStatus.class)
                .because("a use case never picks an HTTP status: it refuses with its feature's domain type, which the controller or its advice maps");
    }

    private WebEdgeArchitecture() {
    }
}
