package org.citycoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The access rules stated on handler methods become the endpoints' rules; a handler without one is still uncovered. */
class HandlerRulesTest {

    /** Handlers as a controller would have them (the mapping is registered by the test). */
    static class Handlers {
        @Roles({Role.MERCHANT_OWNER, Role.OPERATOR})
        void staff() {
        }

        @Anyone
        void directory() {
        }

        @SignedIn
        void mine() {
        }

        @Roles(Role.OPERATOR)
        void one() {
        }

        void forgotten() {
        }

        @Anyone
        @Roles(Role.OPERATOR)
        void undecided() {
        }

        @Roles({})
        void nobody() {
        }
    }

    final RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();

    void map(String handler, RequestMethod method, String... paths) {
        map(handler, RequestMappingInfo.paths(paths).methods(method).build());
    }

    void map(String handler, RequestMappingInfo info) {
        try {
            Method m = Handlers.class.getDeclaredMethod(handler);
            mappings.registerMapping(info, new Handlers(), m);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    EndpointRule.Access accessOf(HttpMethod method, String pattern) {
        return new EndpointRuleCoverage(mappings, HandlerRules.of(mappings).rules()).ruleFor(method, pattern).orElseThrow().access();
    }

    @Test
    void rolesOnAHandlerAreTheRuleOfEachOfItsPaths() {
        map("staff", RequestMethod.GET, "/api/merchants/{merchantId}/staff", "/api/merchants/{merchantId}/cashiers");

        assertThat(HandlerRules.of(mappings).rules()).containsExactlyInAnyOrder(
                new EndpointRule(HttpMethod.GET, "/api/merchants/{merchantId}/staff", new EndpointRule.AnyRole(Set.of(Role.MERCHANT_OWNER, Role.OPERATOR))),
                new EndpointRule(HttpMethod.GET, "/api/merchants/{merchantId}/cashiers", new EndpointRule.AnyRole(Set.of(Role.MERCHANT_OWNER, Role.OPERATOR))));
    }

    @Test
    void anyoneIsPublicAndSignedInIsAuthenticated() {
        map("directory", RequestMethod.GET, "/api/directory");
        map("mine", RequestMethod.GET, "/api/merchant-applications/mine");

        assertThat(accessOf(HttpMethod.GET, "/api/directory")).isEqualTo(new EndpointRule.Public());
        assertThat(accessOf(HttpMethod.GET, "/api/merchant-applications/mine")).isEqualTo(new EndpointRule.Authenticated());
    }

    @Test
    void aRuleIsForTheMappedHttpMethodOnly() {
        map("one", RequestMethod.PUT, "/api/cities/{code}");

        assertThat(new EndpointRuleCoverage(mappings, HandlerRules.of(mappings).rules()).ruleFor(HttpMethod.GET, "/api/cities/{code}")).isEmpty();
        assertThat(accessOf(HttpMethod.PUT, "/api/cities/{code}")).isEqualTo(new EndpointRule.AnyRole(Set.of(Role.OPERATOR)));
    }

    @Test
    void aHandlerWithoutARuleStaysUncovered() {
        map("directory", RequestMethod.GET, "/api/directory");
        map("forgotten", RequestMethod.POST, "/api/payouts");

        assertThat(HandlerRules.of(mappings).rules()).extracting(EndpointRule::pattern).containsExactly("/api/directory");
        assertThat(new EndpointRuleCoverage(mappings, SecurityConfiguration.allRules(List.of(), HandlerRules.of(mappings))).uncovered())
                .singleElement().asString().startsWith("POST /api/payouts");
    }

    @Test
    void aRuleDeclaredAsABeanStillCoversAHandlerWithoutOne() {
        map("forgotten", RequestMethod.POST, "/api/payouts");
        EndpointRules declared = EndpointRules.builder().roles(HttpMethod.POST, "/api/payouts", Role.OPERATOR).build();

        assertThat(new EndpointRuleCoverage(mappings, SecurityConfiguration.allRules(List.of(declared), HandlerRules.of(mappings))).uncovered()).isEmpty();
    }

    @Test
    void theMostSpecificPathComesFirstWhateverTheOrderOfTheHandlers() {
        map("one", RequestMethod.GET, "/api/merchant-applications/{id}");
        map("mine", RequestMethod.GET, "/api/merchant-applications/mine");

        assertThat(accessOf(HttpMethod.GET, "/api/merchant-applications/mine")).isEqualTo(new EndpointRule.Authenticated());
        assertThat(accessOf(HttpMethod.GET, "/api/merchant-applications/{id}")).isEqualTo(new EndpointRule.AnyRole(Set.of(Role.OPERATOR)));
    }

    @Test
    void twoRulesOnOneHandlerStopTheService() {
        map("undecided", RequestMethod.GET, "/api/undecided");

        assertThatIllegalStateException().isThrownBy(() -> HandlerRules.of(mappings)).withMessageContaining("More than one access rule");
    }

    @Test
    void rolesNamingNoRoleStopTheService() {
        map("nobody", RequestMethod.GET, "/api/nobody");

        assertThatIllegalStateException().isThrownBy(() -> HandlerRules.of(mappings)).withMessageContaining("names no role");
    }

    @Test
    void twoHandlersOfOneEndpointWithDifferentRulesStopTheService() {
        map("one", RequestMappingInfo.paths("/api/report").methods(RequestMethod.GET).produces("text/csv").build());
        map("directory", RequestMappingInfo.paths("/api/report").methods(RequestMethod.GET).produces("application/json").build());

        assertThatIllegalStateException().isThrownBy(() -> HandlerRules.of(mappings)).withMessageContaining("Two access rules for GET /api/report");
    }

    @Test
    void whoEachAccessLetsThroughOnTheApiChain() {
        assertThat(new EndpointRule.Public().allows(false, Set.of())).isTrue();
        assertThat(new EndpointRule.Authenticated().allows(false, Set.of())).isFalse();
        assertThat(new EndpointRule.Authenticated().allows(true, Set.of())).isTrue();
        assertThat(new EndpointRule.AnyRole(Set.of(Role.OPERATOR)).allows(true, Set.of(Role.SHOPPER))).isFalse();
        assertThat(new EndpointRule.AnyRole(Set.of(Role.OPERATOR)).allows(true, Set.of(Role.SHOPPER, Role.OPERATOR))).isTrue();
        assertThat(new EndpointRule.AnyRole(Set.of(Role.OPERATOR)).allows(false, Set.of(Role.OPERATOR))).isFalse();
        assertThat(new EndpointRule.BrowserSession().allows(true, Set.of(Role.OPERATOR))).isFalse();
        assertThat(new EndpointRule.PublicForm().allows(false, Set.of())).isFalse();
    }
}
