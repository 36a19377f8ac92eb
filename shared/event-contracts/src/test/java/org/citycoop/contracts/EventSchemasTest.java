package org.citycoop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every event record matches its checked-in JSON Schema, and every schema is strict enough to catch drift. */
class EventSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> { });

    static Stream<Class<? extends IntegrationEvent>> eventTypes() {
        return EventCatalog.types().stream();
    }

    @Test
    void everyEventRecordInTheContractsIsCatalogued() throws Exception {
        assertThat(new HashSet<>(EventCatalog.types()))
                .as("records implementing IntegrationEvent found in the contracts module")
                .isEqualTo(eventRecordsOnDisk());
    }

    @Test
    void typeNamesFollowTheNamingRule() {
        for (Class<? extends IntegrationEvent> type : EventCatalog.types()) {
            assertThat(EventCatalog.typeOf(type)).matches("org\\.citycoop\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");
            assertThat(EventCatalog.classOf(EventCatalog.typeOf(type))).contains(type);
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaDeclaresExactlyTheRecordComponents(Class<? extends IntegrationEvent> type) {
        JsonNode schema = schemaJson(type);
        Set<String> components = new HashSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        Set<String> properties = new HashSet<>(schema.get("properties").propertyNames());
        assertThat(properties).as("schema properties of " + type.getSimpleName()).isEqualTo(components);
        assertThat(schema.get("additionalProperties").asBoolean(true)).as("schema must forbid unknown properties").isFalse();
        assertThat(schema.get("$id").asString()).isEqualTo("urn:citycoop:schema:" + EventCatalog.typeOf(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theSerializedExampleIsValid(Class<? extends IntegrationEvent> type) {
        assertThat(errors(type, example(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void dropingARequiredFieldOrAddingAnUnknownOneIsInvalid(Class<? extends IntegrationEvent> type) {
        JsonNode schema = schemaJson(type);
        for (JsonNode required : schema.get("required")) {
            ObjectNode withoutField = example(type).deepCopy();
            withoutField.remove(required.asString());
            assertThat(errors(type, withoutField)).as("without " + required.asString()).isNotEmpty();
        }
        ObjectNode withExtra = example(type).deepCopy();
        withExtra.put("unexpected", "x");
        assertThat(errors(type, withExtra)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theExampleSurvivesARoundTrip(Class<? extends IntegrationEvent> type) {
        IntegrationEvent example = EventExamples.BY_TYPE.get(type);
        assertThat(JSON.readValue(JSON.writeValueAsBytes(example), type)).isEqualTo(example);
    }

    @Test
    void theLocalKafkaTopicListMatchesTheContracts() throws IOException {
        Path topicsFile = repositoryRoot().resolve("infra/kafka/topics.txt");
        List<String> lines = Files.readAllLines(topicsFile).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(lines.stream().map(line -> line.split("\\s+")[0]).toList())
                .containsExactlyInAnyOrderElementsOf(org.citycoop.contracts.events.Topics.all());
        // and each with the settings the tests' brokers get: event topics kept for ever (ADR 22)
        for (String line : lines) {
            String[] words = line.split("\\s+");
            java.util.Map<String, String> settings = java.util.Arrays.stream(words).skip(1).map(word -> word.split("=", 2))
                    .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            assertThat(settings).as(line).isEqualTo(org.citycoop.contracts.events.Topics.configOf(words[0]));
        }
    }

    @Test
    void eventTopicsAreKeptForEverAndDeadLettersAreNot() {
        assertThat(org.citycoop.contracts.events.Topics.configOf("citycoop.redemption.events"))
                .containsEntry("retention.ms", "-1").containsEntry("cleanup.policy", "delete");
        assertThat(org.citycoop.contracts.events.Topics.configOf("citycoop.redemption.events.dlt")).isEmpty();
    }

    @Test
    void theLocalBrokerKeepsAGroupsOffsetsFarLongerThanConsumersRememberEventIds() throws Exception {
        // topics kept for ever + a group whose offsets expired = the whole history read again; consumers forget event ids
        // after 14 days (ADR 23), so the broker must keep committed offsets for years, not Kafka's default 7 days
        java.util.Properties broker = new java.util.Properties();
        try (var in = Files.newInputStream(repositoryRoot().resolve("infra/kafka/server.properties"))) {
            broker.load(in);
        }
        assertThat(broker.getProperty("offsets.retention.minutes")).as("offsets.retention.minutes in infra/kafka/server.properties").isNotNull();
        assertThat(java.time.Duration.ofMinutes(Long.parseLong(broker.getProperty("offsets.retention.minutes"))))
                .isGreaterThanOrEqualTo(java.time.Duration.ofDays(365 * 5));
    }

    private static ObjectNode example(Class<? extends IntegrationEvent> type) {
        IntegrationEvent example = EventExamples.BY_TYPE.get(type);
        assertThat(example).as("an example of " + type.getSimpleName() + " in EventExamples").isNotNull();
        return (ObjectNode) JSON.valueToTree(example);
    }

    private static List<String> errors(Class<? extends IntegrationEvent> type, JsonNode instance) {
        Schema schema = SCHEMAS.getSchema(schemaJson(type));
        return schema.validate(instance, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    private static JsonNode schemaJson(Class<? extends IntegrationEvent> type) {
        String resource = EventCatalog.schemaResource(EventCatalog.typeOf(type));
        try (InputStream in = EventSchemasTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("schema " + resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Class<?>> eventRecordsOnDisk() throws Exception {
        Path classes = Path.of(IntegrationEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> found = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList());
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> candidate = Class.forName(name);
            if (candidate.isRecord() && IntegrationEvent.class.isAssignableFrom(candidate)) {
                assertThat(candidate.getAnnotation(EventType.class)).as(name + " has @EventType").isNotNull();
                found.add(candidate);
            }
        }
        return found;
    }

    private static Path repositoryRoot() {
        try {
            Path here = Path.of(EventSchemasTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            while (here != null && !Files.exists(here.resolve("mvnw"))) {
                here = here.getParent();
            }
            assertThat(here).as("repository root above the test classes").isNotNull();
            return here;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
