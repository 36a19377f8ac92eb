package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StorableTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new StorableStrings()).build();

    record Line(String text, int quantity) {
    }

    record Order(String shop, List<Line> lines, Map<String, String> notes) {
    }

    @Test
    void textWithANulOrABrokenSurrogateCannotBeStoredWhileAnyOtherTextCan() {
        assertThat(StorableText.isStorable("Zuckerbäckerei Feldbach – Őrség ✓ 😀")).isTrue();
        assertThat(StorableText.isStorable("")).isTrue();
        assertThat(StorableText.isStorable("Feld\u0000bach")).isFalse();
        assertThat(StorableText.isStorable("\ud83d")).as("a high surrogate alone").isFalse();
        assertThat(StorableText.isStorable("a\ude00b")).as("a low surrogate alone").isFalse();
        assertThat(StorableText.isStorable("\ude00\ud83d")).as("a pair in the wrong order").isFalse();
    }

    @Test
    void aFieldNameThatCannotBeStoredIsShownWithItsBadCharactersEscaped() {
        assertThat(StorableText.shown("q")).isEqualTo("q");
        assertThat(StorableText.shown("q\u0000x\ud800😀")).isEqualTo("q\\u0000x\\ud800😀");
    }

    @Test
    void aJsonStringThatCannotBeStoredFailsWithThePathToItsField() {
        assertThatThrownBy(() -> JSON.readValue("""
                {"shop":"Ptuj","lines":[{"text":"ok","quantity":1},{"text":"bad\\u0000","quantity":2}],"notes":{}}""", Order.class))
                .isInstanceOf(StorableStrings.UnstorableText.class)
                .satisfies(e -> assertThat(((StorableStrings.UnstorableText) e).getPath()).hasSize(3));
        assertThatThrownBy(() -> JSON.readValue("{\"shop\":\"\\ud800\"}", Order.class)).isInstanceOf(StorableStrings.UnstorableText.class);
        assertThatThrownBy(() -> JSON.readValue("{\"notes\":{\"k\\u0000\":\"v\"}}", Order.class)).as("a map key")
                .isInstanceOf(StorableStrings.UnstorableText.class);
        assertThatThrownBy(() -> JSON.readValue("[\"a\",\"\\u0000\"]", String[].class)).as("in an array")
                .isInstanceOf(StorableStrings.UnstorableText.class);
    }

    @Test
    void storableJsonReadsAsBefore() {
        Order order = JSON.readValue("""
                {"shop":"Gyógyszertár Lenti 😀","lines":[{"text":12,"quantity":1}],"notes":{"k":"v"}}""", Order.class);
        assertThat(order.shop()).isEqualTo("Gyógyszertár Lenti 😀");
        assertThat(order.lines().getFirst().text()).as("a number where text is expected, as Jackson coerces it").isEqualTo("12");
        assertThat(order.notes()).containsEntry("k", "v");
    }

    @Test
    void aQueryParameterThatCannotBeStoredIsRefusedWith400NamingItInTheCallersLanguage() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("citycoop-platform-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        StorableParameters filter = new StorableParameters(new ProblemResponses(messages, JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/directory");
        request.addParameter("city", "at-feldbach");
        request.addParameter("q", "Bäcker\u0000ei");
        request.addHeader("Accept-Language", "de");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the controller is not reached").isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:invalid-request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("enthält Zeichen, die nicht gespeichert werden können");
        assertThat(problem.get("errors")).hasSize(1);
    }

    @Test
    void storableParametersPass() throws Exception {
        StorableParameters filter = new StorableParameters(new ProblemResponses(new ResourceBundleMessageSource(), JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/directory");
        request.addParameter("q", "Lekarna Ptuj – ŐŰ");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aPathVariableThatCannotBeStoredIsRefusedNamingIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cities/x");
        request.setAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("code", "at\u0000"));
        assertThatThrownBy(() -> new StorablePathVariables().preHandle(request, new MockHttpServletResponse(), new Object()))
                .isInstanceOfSatisfying(RequestRejected.class, rejected -> {
                    assertThat(rejected.status().value()).isEqualTo(400);
                    assertThat(rejected.violations()).extracting(RequestRejected.Violation::field).containsExactly("code");
                    assertThat(rejected.violations()).extracting(RequestRejected.Violation::code).containsExactly("Unstorable");
                });
        request.setAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("code", "at-feldbach"));
        assertThat(new StorablePathVariables().preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
    }
}
