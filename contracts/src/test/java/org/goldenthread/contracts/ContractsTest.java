package org.goldenthread.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the published language honest: every schema is sound draft 2020-12, every example obeys
 * the envelope and its data schema, the AsyncAPI document names exactly these types, and what
 * must never be published (pupil identity, confidential findings, impossible figures) is rejected.
 * Everything is read from the classpath under contracts/, as services will read it from the jar.
 */
class ContractsTest {

    private static final String ROOT = "contracts/";
    private static final String ENVELOPE = "cloudevent.schema.json";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** uuid, date and date-time are part of the contract, so formats are asserted, not just annotated. */
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    /** Keywords a schema here may use; anything else is most likely a typo that would silently allow anything. */
    private static final Set<String> KEYWORDS = Set.of(
            "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "examples", "default", "deprecated",
            "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties",
            "propertyNames", "minProperties", "maxProperties", "dependentRequired", "dependentSchemas",
            "items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "minLength", "maxLength", "pattern", "format",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else");

    /** Property names that would mean pupil identity or confidential text is being published. */
    private static final Set<String> NEVER_PUBLISHED = Set.of(
            "upn", "uln", "firstname", "forename", "lastname", "surname", "legalsurname", "pupilname", "name",
            "dateofbirth", "dob", "birthdate", "sex", "gender", "ethnicity", "ethnicitycode", "fsm", "disadvantaged",
            "sen", "senstatus", "eal", "confidential", "confidentialnotes");

    // ------------------------------------------------------------------ packaging

    @Test
    void contractFilesSitUnderContractsOnTheClasspath() {
        assertNotNull(resource("asyncapi.yaml"), "contracts/asyncapi.yaml");
        assertNotNull(resource("events/" + ENVELOPE), "contracts/events/" + ENVELOPE);
        assertFalse(types().isEmpty(), "no event schemas under contracts/events/");
    }

    // ------------------------------------------------------------------ schemas

    @TestFactory
    Stream<DynamicTest> everySchemaIsValidDraft202012() {
        JsonSchema metaSchema = SCHEMAS.getSchema(SchemaLocation.of(SchemaId.V202012), ASSERT_FORMATS);
        return schemaFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            JsonNode schema = read("events/" + file);
            assertEquals(DRAFT_2020_12, schema.path("$schema").asText(), file + " declares draft 2020-12");
            assertNoErrors(file + " against the 2020-12 meta-schema", metaSchema.validate(schema));
            compiled(file); // every $ref resolves
            List<String> problems = new ArrayList<>();
            checkKeywordsAndClosedObjects(schema, "#", file.equals(ENVELOPE), problems);
            assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noSchemaHasAPlaceForPupilIdentityOrConfidentialText() {
        return schemaFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<String> found = new ArrayList<>();
            collectPropertyNames(read("events/" + file), "#", found);
            List<String> forbidden = found.stream()
                    .filter(path -> NEVER_PUBLISHED.contains(path.substring(path.lastIndexOf('/') + 1).toLowerCase()))
                    .toList();
            assertTrue(forbidden.isEmpty(), file + " must not define " + forbidden);
        }));
    }

    @Test
    void findingRecordedAndFindingUpdatedShareOneShape() {
        ObjectNode recorded = read("events/org.goldenthread.monitoring.finding-recorded.v1.schema.json").deepCopy();
        ObjectNode updated = read("events/org.goldenthread.monitoring.finding-updated.v1.schema.json").deepCopy();
        for (ObjectNode schema : List.of(recorded, updated)) {
            schema.remove(List.of("$id", "title", "description"));
        }
        assertEquals(recorded, updated);
    }

    // ------------------------------------------------------------------ examples

    @TestFactory
    Stream<DynamicTest> everyExampleObeysTheEnvelopeAndItsDataSchema() {
        return exampleTypes().stream().map(type -> DynamicTest.dynamicTest(type, () -> {
            JsonNode event = example(type);
            assertNoErrors(type + " envelope", compiled(ENVELOPE).validate(event));
            assertEquals(type, event.path("type").asText(), "example file name is its type");
            assertNoErrors(type + " data", compiled(type + SCHEMA_SUFFIX).validate(event.path("data")));

            JsonNode data = event.path("data");
            String service = type.split("\\.")[2];
            assertEquals("/golden-thread/" + service + "-service", event.path("source").asText(), "source");
            assertEquals(data.path("trustId").asText(), event.path("trustid").asText(), "trustid is data.trustId");
            if (data.path("schoolId").isTextual()) {
                assertEquals(data.path("schoolId").asText(), event.path("schoolid").asText(), "schoolid is data.schoolId");
            } else {
                assertFalse(event.has("schoolid"), "a trust-level event has no schoolid");
            }
            String subject = event.path("subject").asText();
            String expectedStart = service.equals("plans")
                    ? "plans/" + data.path("planId").asText()
                    : "schools/" + data.path("schoolId").asText() + "/";
            assertTrue(subject.startsWith(expectedStart), "subject " + subject + " starts with " + expectedStart);
        }));
    }

    @Test
    void termlyResultsExampleHasOneRowPerYearSubjectAndGroup() {
        Set<String> seen = new TreeSet<>();
        for (JsonNode row : example("org.goldenthread.tracking.termly-results-published.v1").path("data").path("results")) {
            String key = row.path("yearGroup").asText() + "/" + row.path("subject").asText() + "/" + row.path("pupilGroup").asText();
            assertTrue(seen.add(key), "duplicate row " + key);
        }
    }

    // ------------------------------------------------------------------ AsyncAPI

    @Test
    void asyncApiNamesExactlyTheTypesThatHaveSchemasAndExamples() {
        JsonNode asyncApi = asyncApi();
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        Set<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> messages = asyncApi.path("components").path("messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> entry = messages.next();
            JsonNode message = entry.getValue();
            if (entry.getKey().equals("deadLetter")) {
                continue;
            }
            String type = message.path("name").asText();
            documented.add(type);
            JsonNode schema = message.path("payload").path("schema");
            assertEquals("application/schema+json;version=draft-2020-12", message.path("payload").path("schemaFormat").asText(), type);
            assertEquals("./events/" + ENVELOPE, schema.path("allOf").path(0).path("$ref").asText(), type + " envelope");
            JsonNode narrowed = schema.path("allOf").path(1).path("properties");
            assertEquals(type, narrowed.path("type").path("const").asText(), entry.getKey() + " type");
            assertEquals("./events/" + type + SCHEMA_SUFFIX, narrowed.path("data").path("$ref").asText(), type + " data");
            assertEquals("./events/examples/" + type + ".json",
                    message.path("examples").path(0).path("payload").path("$ref").asText(), type + " example");
            assertTrue(message.path("bindings").path("kafka").has("key"), type + " has its Kafka key");
        }
        assertEquals(new TreeSet<>(types()), documented, "types in asyncapi.yaml = types with a schema");
        assertEquals(new TreeSet<>(exampleTypes()), documented, "types in asyncapi.yaml = types with an example");
    }

    @Test
    void everyEventTopicHasItsDeadLetterTopicAndCarriesOnlyItsOwnServicesTypes() {
        JsonNode asyncApi = asyncApi();
        Map<String, JsonNode> byAddress = new java.util.TreeMap<>();
        asyncApi.path("channels").forEach(channel -> byAddress.put(channel.path("address").asText(), channel));
        assertEquals(Set.of("plans.events", "tracking.events", "monitoring.events",
                "plans.events.dlq", "tracking.events.dlq", "monitoring.events.dlq"), byAddress.keySet());
        for (String service : List.of("plans", "tracking", "monitoring")) {
            JsonNode channel = byAddress.get(service + ".events");
            channel.path("messages").forEach(ref -> {
                JsonNode message = resolveLocal(asyncApi, ref.path("$ref").asText());
                assertTrue(message.path("name").asText().startsWith("org.goldenthread." + service + "."),
                        message.path("name").asText() + " on " + service + ".events");
            });
            JsonNode dlq = byAddress.get(service + ".events.dlq");
            dlq.path("messages").forEach(ref -> assertEquals("dead-letter",
                    resolveLocal(asyncApi, ref.path("$ref").asText()).path("name").asText()));
        }
        JsonNode headers = asyncApi.path("components").path("messages").path("deadLetter").path("headers");
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(name -> required.add(name.asText()));
        assertEquals(List.of("dlq-reason", "dlq-exception", "dlq-original-topic", "dlq-original-partition",
                "dlq-original-offset"), required);
    }

    @Test
    void everyReferenceInTheAsyncApiDocumentResolves() {
        JsonNode asyncApi = asyncApi();
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(resolveLocal(asyncApi, ref).isMissingNode(), ref);
            } else {
                assertTrue(ref.startsWith("./"), "relative file reference: " + ref);
                assertNotNull(resource(ref.substring(2)), ref);
            }
        }
    }

    // ------------------------------------------------------------------ what must be rejected

    @ParameterizedTest
    @ValueSource(strings = {"upn", "firstName", "surname", "dateOfBirth", "disadvantaged", "senStatus", "ethnicity"})
    void assessmentCarryingPupilDetailsIsRejected(String field) {
        ObjectNode data = exampleData("org.goldenthread.tracking.assessment-recorded.v1");
        data.put(field, field.equals("disadvantaged") ? "true" : "A823456789012");
        assertRejected("org.goldenthread.tracking.assessment-recorded.v1", data, field);
    }

    @Test
    void assessmentWithAUpnInPlaceOfThePseudonymousIdIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.assessment-recorded.v1");
        data.put("pupilId", "A823456789012");
        assertRejected("org.goldenthread.tracking.assessment-recorded.v1", data, "pupilId");
    }

    @Test
    void testResultWithAScaledScoreAndNoJudgementIsAccepted() {
        ObjectNode data = exampleData("org.goldenthread.tracking.assessment-recorded.v1");
        data.put("source", "TEST").putNull("judgement");
        data.put("scaledScore", 104);
        assertNoErrors("a test result", validateData("org.goldenthread.tracking.assessment-recorded.v1", data));
    }

    @Test
    void teacherAssessmentWithAScaledScoreIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.assessment-recorded.v1");
        data.put("scaledScore", 104);
        assertRejected("org.goldenthread.tracking.assessment-recorded.v1", data, "scaledScore");
    }

    @Test
    void testResultWithAJudgementIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.assessment-recorded.v1");
        data.put("source", "TEST").put("scaledScore", 98);
        assertRejected("org.goldenthread.tracking.assessment-recorded.v1", data, "judgement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.goldenthread.monitoring.finding-recorded.v1", "org.goldenthread.monitoring.finding-updated.v1"})
    void confidentialFindingIsRejected(String type) {
        ObjectNode data = exampleData(type);
        data.put("confidential", true);
        assertRejected(type, data, "confidential");
    }

    @Test
    void findingWhoseWordsDoNotMatchItsJudgementIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.monitoring.finding-recorded.v1");
        data.put("judgement", 1);
        assertRejected("org.goldenthread.monitoring.finding-recorded.v1", data, "judgementMeaning");
    }

    @Test
    void findingWithAFollowUpOutcomeButNothingFollowedUpIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.monitoring.finding-recorded.v1");
        data.putNull("followsUpFindingId");
        assertRejected("org.goldenthread.monitoring.finding-recorded.v1", data, "followUpOutcome");
    }

    @Test
    void focusTagThatIsNotKebabCaseIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.monitoring.activity-completed.v1");
        data.putArray("focusTags").add("Developmental Marking");
        assertRejected("org.goldenthread.monitoring.activity-completed.v1", data, "focusTags");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "published"})
    void resultsRowAbove100PercentIsRejected(String figures) {
        ObjectNode data = exampleData("org.goldenthread.tracking.termly-results-published.v1");
        row(data, 0).with(figures).put("pctAtOrAboveExpected", 101);
        assertRejected("org.goldenthread.tracking.termly-results-published.v1", data, "pctAtOrAboveExpected");
    }

    @Test
    void publishedFigureWithADecimalIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.termly-results-published.v1");
        row(data, 1).with("published").put("pctAtOrAboveExpected", 67.9);
        assertRejected("org.goldenthread.tracking.termly-results-published.v1", data, "pctAtOrAboveExpected");
    }

    @Test
    void suppressedGroupThatStillShowsAFigureIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.termly-results-published.v1");
        ObjectNode ehcp = findRow(data, "EHCP");
        assertTrue(ehcp.path("published").path("suppressed").asBoolean(), "the example's EHCP group is suppressed");
        ehcp.with("published").put("pctAtOrAboveExpected", 33);
        assertRejected("org.goldenthread.tracking.termly-results-published.v1", data, "pctAtOrAboveExpected");
    }

    @Test
    void resultsWithoutExactFiguresAreAcceptedButWithoutPublishedFiguresAreNot() {
        String type = "org.goldenthread.tracking.termly-results-published.v1";
        ObjectNode withoutExact = exampleData(type);
        withoutExact.withArray("results").forEach(row -> ((ObjectNode) row).remove("exact"));
        assertNoErrors("the analytics feed's form", validateData(type, withoutExact));

        ObjectNode withoutPublished = exampleData(type);
        row(withoutPublished, 0).remove("published");
        assertRejected(type, withoutPublished, "published");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/27", "2026-2027", "26-27"})
    void academicYearNotWrittenLike2026Dash27IsRejected(String academicYear) {
        ObjectNode data = exampleData("org.goldenthread.tracking.termly-results-published.v1");
        data.put("academicYear", academicYear);
        assertRejected("org.goldenthread.tracking.termly-results-published.v1", data, "academicYear");
    }

    @Test
    void unknownTermIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.tracking.termly-results-published.v1");
        data.put("term", "WINTER");
        assertRejected("org.goldenthread.tracking.termly-results-published.v1", data, "term");
    }

    @Test
    void manualOverrideWithoutAReasonIsRejected() {
        ObjectNode data = exampleData("org.goldenthread.plans.milestone-status-changed.v1");
        data.put("manualOverride", true).put("changedBy", "7d0c6a52-4e1b-4b8f-9a63-2f5e8d1c0b47");
        assertRejected("org.goldenthread.plans.milestone-status-changed.v1", data, "reason");
    }

    @Test
    void trustPlanEventWithoutASchoolIsAccepted() {
        ObjectNode event = example("org.goldenthread.plans.plan-status-changed.v1");
        event.remove("schoolid");
        ((ObjectNode) event.get("data")).putNull("schoolId");
        assertNoErrors("trust-level envelope", compiled(ENVELOPE).validate(event));
        assertNoErrors("trust-level data", validateData("org.goldenthread.plans.plan-status-changed.v1", event.get("data")));
    }

    @Test
    void eventFromAnUnknownServiceIsRejected() {
        ObjectNode event = example("org.goldenthread.plans.plan-status-changed.v1");
        event.put("type", "org.goldenthread.gateway.client-created.v1");
        assertEnvelopeRejected(event, "type");
    }

    @Test
    void eventIdThatIsNotAUuidIsRejected() {
        ObjectNode event = example("org.goldenthread.plans.plan-status-changed.v1");
        event.put("id", "evt-000123");
        assertEnvelopeRejected(event, "id");
    }

    @Test
    void eventWithoutATrustIsRejected() {
        ObjectNode event = example("org.goldenthread.plans.plan-status-changed.v1");
        event.remove("trustid");
        assertEnvelopeRejected(event, "trustid");
    }

    @Test
    void envelopeWithAnAttributeOfItsOwnIsRejected() {
        ObjectNode event = example("org.goldenthread.tracking.assessment-recorded.v1");
        event.put("pupilname", "Amelia Hughes");
        assertEnvelopeRejected(event, "pupilname");
    }

    // ------------------------------------------------------------------ helpers

    private static Set<ValidationMessage> validateData(String type, JsonNode data) {
        return compiled(type + SCHEMA_SUFFIX).validate(data);
    }

    private static void assertRejected(String type, JsonNode data, String because) {
        Set<ValidationMessage> errors = validateData(type, data);
        assertFalse(errors.isEmpty(), type + " should be rejected (" + because + ")");
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(because)),
                type + " rejected, but not for " + because + ": " + errors);
    }

    private static void assertEnvelopeRejected(JsonNode event, String because) {
        Set<ValidationMessage> errors = compiled(ENVELOPE).validate(event);
        assertFalse(errors.isEmpty(), "envelope should be rejected (" + because + ")");
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(because)),
                "envelope rejected, but not for " + because + ": " + errors);
    }

    private static void assertNoErrors(String what, Set<ValidationMessage> errors) {
        if (!errors.isEmpty()) {
            fail(what + ":\n  " + errors.stream().map(Object::toString).sorted().collect(Collectors.joining("\n  ")));
        }
    }

    private static JsonSchema compiled(String file) {
        return COMPILED.computeIfAbsent(file, f -> {
            JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + ROOT + "events/" + f), ASSERT_FORMATS);
            schema.initializeValidators();
            return schema;
        });
    }

    /** Walks every subschema: only known keywords, objects with properties are closed, required names exist. */
    private static void checkKeywordsAndClosedObjects(JsonNode schema, String path, boolean envelope, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KEYWORDS.contains(keyword)) {
                problems.add(path + ": unknown keyword " + keyword);
            }
        });
        boolean object = schema.path("type").asText().equals("object");
        if (object && schema.has("properties") && !schema.path("additionalProperties").equals(JsonNodeFactory.instance.booleanNode(false))) {
            problems.add(path + ": an object with properties must say additionalProperties: false");
        }
        if (object && !schema.has("properties") && !(envelope && path.equals("#/properties/data"))) {
            problems.add(path + ": an object must list its properties");
        }
        if (object) {
            schema.path("required").forEach(name -> {
                if (!schema.path("properties").has(name.asText())) {
                    problems.add(path + ": required " + name.asText() + " is not a property");
                }
            });
        }
        for (String keyword : List.of("properties", "$defs", "patternProperties", "dependentSchemas")) {
            schema.path(keyword).fields().forEachRemaining(e ->
                    checkKeywordsAndClosedObjects(e.getValue(), path + "/" + keyword + "/" + e.getKey(), envelope, problems));
        }
        for (String keyword : List.of("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")) {
            checkKeywordsAndClosedObjects(schema.path(keyword), path + "/" + keyword, envelope, problems);
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            JsonNode list = schema.path(keyword);
            for (int i = 0; i < list.size(); i++) {
                checkKeywordsAndClosedObjects(list.get(i), path + "/" + keyword + "/" + i, envelope, problems);
            }
        }
    }

    private static void collectPropertyNames(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("properties") && e.getValue().isObject()) {
                    e.getValue().fieldNames().forEachRemaining(name -> found.add(path + "/properties/" + name));
                }
                collectPropertyNames(e.getValue(), path + "/" + e.getKey(), found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPropertyNames(node.get(i), path + "/" + i, found);
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonNode resolveLocal(JsonNode document, String ref) {
        assertTrue(ref.startsWith("#/"), "local reference: " + ref);
        return document.at(ref.substring(1));
    }

    private static ObjectNode row(ObjectNode data, int index) {
        return (ObjectNode) data.withArray("results").get(index);
    }

    private static ObjectNode findRow(ObjectNode data, String pupilGroup) {
        for (JsonNode row : data.withArray("results")) {
            if (row.path("pupilGroup").asText().equals(pupilGroup)) {
                return (ObjectNode) row;
            }
        }
        throw new AssertionError("no " + pupilGroup + " row in the example");
    }

    private static ObjectNode example(String type) {
        return (ObjectNode) read("events/examples/" + type + ".json");
    }

    private static ObjectNode exampleData(String type) {
        return (ObjectNode) example(type).get("data");
    }

    private static JsonNode asyncApi() {
        try (InputStream in = ContractsTest.class.getClassLoader().getResourceAsStream(ROOT + "asyncapi.yaml")) {
            assertNotNull(in, "asyncapi.yaml on the classpath");
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy each time, so a test may change it. */
    private static JsonNode read(String path) {
        try (InputStream in = ContractsTest.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            assertNotNull(in, ROOT + path + " on the classpath");
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String path) {
        return ContractsTest.class.getClassLoader().getResource(ROOT + path);
    }

    private static List<String> schemaFiles() {
        return list("events", name -> name.endsWith(SCHEMA_SUFFIX));
    }

    /** Event types: every schema file but the envelope. */
    private static List<String> types() {
        return schemaFiles().stream()
                .filter(name -> !name.equals(ENVELOPE))
                .map(name -> name.substring(0, name.length() - SCHEMA_SUFFIX.length()))
                .toList();
    }

    private static List<String> exampleTypes() {
        return list("events/examples", name -> name.endsWith(".json")).stream()
                .map(name -> name.substring(0, name.length() - ".json".length()))
                .toList();
    }

    private static List<String> list(String folder, java.util.function.Predicate<String> include) {
        URL url = resource(folder);
        assertNotNull(url, ROOT + folder + " on the classpath");
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(include)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
