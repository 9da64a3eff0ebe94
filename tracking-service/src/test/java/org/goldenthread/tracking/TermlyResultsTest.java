package org.goldenthread.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.tracking.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
class TermlyResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Year 4 writing: 8 pupils, 3 disadvantaged (so the disadvantaged pair is suppressed), 2 with EHCPs. */
    private static CohortBuilder year4() {
        CohortBuilder c = new CohortBuilder();
        String[][] pupils = {
                {"Amelia", "F", "Y", "EXS"}, {"Oliver", "M", "Y", "WTS"}, {"Isla", "F", "Y", "GDS"},
                {"George", "M", "N", "EXS"}, {"Ava", "F", "N", "EXS"}, {"Noah", "M", "N", "WTS"},
                {"Mia", "F", "N", "GDS"}, {"Arthur", "M", "N", "EXS"}};
        for (int i = 0; i < pupils.length; i++) {
            c.pupil(pupils[i][0], pupils[i][1], 4, pupils[i][2].equals("Y"))
                    .with("senStatus", i < 2 ? "EHCP" : "NONE")
                    .ta("2026-27", "AUTUMN", "WRITING", pupils[i][3]);
        }
        return c;
    }

    private static Map<String, Object> row(JsonPath results, String subject, String group) {
        List<Map<String, Object>> rows = results.getList("results");
        return rows.stream().filter(r -> r.get("subject").equals(subject) && r.get("pupilGroup").equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + subject + "/" + group + " in " + rows));
    }

    @Test
    void schoolStaffSeeExactFiguresWhileGovernorsAndTrustLeadersSeeOnlyPublishedOnes() {
        Fixtures.Trust trust = Fixtures.trust(1);
        year4().importInto(trust, 0);
        String path = "/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN?yearGroup=4&subject=WRITING";

        JsonPath staff = as(trust.token("SUBJECT_LEADER", 0)).get(path).then().statusCode(200).extract().jsonPath();
        assertTrue(staff.getBoolean("exactFigures"));
        Map<String, Object> all = row(staff, "WRITING", "ALL");
        assertEquals(8, all.get("cohort"));
        assertEquals(75.0f, ((Number) ((Map<?, ?>) all.get("exact")).get("pctAtOrAboveExpected")).floatValue());
        assertEquals(75, ((Map<?, ?>) all.get("published")).get("pctAtOrAboveExpected"));
        assertEquals(25, ((Map<?, ?>) all.get("published")).get("pctGreaterDepth"));
        // 3 disadvantaged: both halves of the pair are suppressed, though the other half has 5 pupils too small anyway
        Map<String, Object> dis = row(staff, "WRITING", "DISADVANTAGED");
        assertEquals(3, dis.get("cohort"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) dis.get("published")).get("suppressed"));
        assertNull(((Map<?, ?>) dis.get("published")).get("pctAtOrAboveExpected"));
        assertEquals(66.7f, ((Number) ((Map<?, ?>) dis.get("exact")).get("pctAtOrAboveExpected")).floatValue());
        // the exact gap: 66.7% − 80% = −13.3 points, available to the school itself
        assertEquals(-13.3f, ((Number) ((Map<?, ?>) dis.get("exact")).get("disadvantagedGap")).floatValue());
        // an empty group has no figures and is not "suppressed"
        Map<String, Object> eal = row(staff, "WRITING", "EAL");
        assertEquals(0, eal.get("cohort"));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) eal.get("published")).get("suppressed"));
        assertNull(((Map<?, ?>) eal.get("exact")).get("pctAtOrAboveExpected"));

        for (String token : List.of(trust.token("GOVERNOR", 0), trust.trustToken("TRUST_LEADER"))) {
            as(token).get(path).then().statusCode(200)
                    .body("exactFigures", equalTo(false))
                    .body("results[0]", not(hasKey("exact")))
                    .body("results.find { it.pupilGroup == 'DISADVANTAGED' }.published.suppressed", equalTo(true))
                    .body("results.find { it.pupilGroup == 'ALL' }.published.pctAtOrAboveExpected", equalTo(75));
        }
        // pupil-level data stays with the school's staff
        as(trust.token("GOVERNOR", 0)).get("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(403);
        as(trust.trustToken("TRUST_LEADER")).get("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(403);
    }

    @Test
    void publishingCreatesVersionsAndAContractValidEventOnKafka() throws Exception {
        Fixtures.Trust trust = Fixtures.trust(1);
        CohortBuilder cohort = year4();
        cohort.importInto(trust, 0);
        String leader = trust.token("SCHOOL_LEADER", 0);
        String base = "/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN";

        String location = as(leader).post(base + "/publish").then().statusCode(201)
                .body("version", equalTo(1)).extract().header("Location");
        assertTrue(location.endsWith("/versions/1"), location);
        // nothing changed: the same version again, no new event
        as(leader).post(base + "/publish").then().statusCode(200).body("version", equalTo(1));

        // a correction, then republishing bumps the version
        String pupilId = as(leader).get("/api/v1/schools/" + trust.school(0) + "/pupils?yearGroup=4&limit=1")
                .then().extract().jsonPath().getString("items[0].id");
        String assessment = "/api/v1/pupils/" + pupilId + "/assessments/2026-27/AUTUMN/WRITING/TEACHER_ASSESSMENT";
        String etag = as(leader).get(assessment).then().statusCode(200).extract().header("ETag");
        String current = as(leader).get(assessment).then().extract().jsonPath().getString("judgement");
        as(trust.token("TEACHER", 0)).header("If-Match", etag).contentType("application/json")
                .body(Map.of("judgement", current.equals("GDS") ? "WTS" : "GDS"))
                .put(assessment).then().statusCode(200);
        as(leader).post(base + "/publish").then().statusCode(201).body("version", equalTo(2));
        as(leader).get(base + "/versions").then().statusCode(200).body("size()", equalTo(2)).body("[1].version", equalTo(2));
        as(trust.token("GOVERNOR", 0)).get(base + "/versions/1").then().statusCode(200)
                .body("version", equalTo(1)).body("exactFigures", equalTo(false));

        // the school's own feed carries exact figures, the analytics feed only the published ones
        String type = "org.goldenthread.tracking.termly-results-published.v1";
        JsonNode own = JSON.readTree(as(leader).get("/api/v1/tracking/events?limit=500&type=" + type).asString());
        assertEquals(2, own.path("items").size());
        JsonNode event = own.path("items").get(1);
        assertEquals(2, event.path("data").path("version").asInt());
        assertTrue(event.path("data").path("results").get(0).has("exact"));
        validate("cloudevent.schema.json", event);
        validate(type + ".schema.json", event.path("data"));
        JsonNode analytics = JSON.readTree(as(trust.trustToken("ANALYTICS")).get("/api/v1/tracking/events?limit=500&type=" + type).asString());
        assertEquals(2, analytics.path("items").size());
        for (JsonNode row : analytics.path("items").get(1).path("data").path("results")) {
            assertFalse(row.has("exact"), row.toString());
        }
        validate(type + ".schema.json", analytics.path("items").get(1).path("data"));
        // and nothing in it names a pupil
        assertFalse(own.toString().contains(cohort.lastUpn()));

        // every assessment-recorded event in the feed fits its contract and carries only a pseudonym
        JsonNode recorded = JSON.readTree(as(leader).get("/api/v1/tracking/events?limit=500&type=org.goldenthread.tracking.assessment-recorded.v1").asString());
        assertEquals(9, recorded.path("items").size());
        for (JsonNode e : recorded.path("items")) {
            validate("cloudevent.schema.json", e);
            validate("org.goldenthread.tracking.assessment-recorded.v1.schema.json", e.path("data"));
            assertFalse(e.toString().contains("Khan"));
        }

        // the relay puts the event on tracking.events, keyed by school
        String eventId = event.path("id").asText();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "termly-results-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        long eventTime = java.time.OffsetDateTime.parse(event.path("time").asText()).toInstant().toEpochMilli();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            // read from just before the event was written, not through everything other tests put on the topic
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor("tracking.events").stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> times = new java.util.HashMap<>();
            partitions.forEach(tp -> times.put(tp, eventTime - 1000));
            consumer.offsetsForTimes(times).forEach((tp, offset) -> {
                if (offset == null) {
                    consumer.seekToEnd(List.of(tp));
                } else {
                    consumer.seek(tp, offset.offset());
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value().contains(eventId)) {
                        found.set(r);
                    }
                }
                return found.get() != null;
            });
        }
        assertEquals(trust.school(0).toString(), found.get().key());
        validate("cloudevent.schema.json", JSON.readTree(found.get().value()));
    }

    @Test
    void trustRollUpIsWeightedByCohortNotAnAverageOfPercentages() {
        Fixtures.Trust trust = Fixtures.trust(2);
        CohortBuilder small = new CohortBuilder();
        for (int i = 0; i < 10; i++) {
            small.pupil("Freya", i % 2 == 0 ? "F" : "M", 6, false).test("2026-27", "SPRING", "MATHS", 104);
        }
        small.importInto(trust, 0);
        CohortBuilder large = new CohortBuilder();
        for (int i = 0; i < 30; i++) {
            large.pupil("Harry", i % 2 == 0 ? "F" : "M", 6, i < 8).test("2026-27", "SPRING", "MATHS", i < 15 ? 100 : 95);
        }
        large.importInto(trust, 1);
        String leader = trust.trustToken("TRUST_LEADER");
        as(leader).post("/api/v1/trusts/" + trust.id() + "/termly-results/2026-27/SPRING/publish")
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].created", equalTo(true));

        JsonPath rollUp = as(leader).get("/api/v1/trusts/" + trust.id() + "/termly-results/2026-27/SPRING?subject=MATHS")
                .then().statusCode(200).body("schoolsIncluded", equalTo(2)).extract().jsonPath();
        Map<String, Object> all = row(rollUp, "MATHS", "ALL");
        assertEquals(40, all.get("cohort"));
        // (10 + 15) / (10 + 30) = 62.5% → 63; the average of 100% and 50% would be 75%
        assertEquals(63, ((Map<?, ?>) all.get("published")).get("pctAtOrAboveExpected"));
        assertNull(all.get("exact"));
        // average scaled score weighted the same way: (10 × 104 + 15 × 100 + 15 × 95) / 40 = 99.125 → 99
        assertEquals(99, ((Map<?, ?>) all.get("published")).get("averageScaledScore"));
        // 8 disadvantaged across the trust, 32 not: published at trust level
        assertEquals(Boolean.FALSE, ((Map<?, ?>) row(rollUp, "MATHS", "DISADVANTAGED").get("published")).get("suppressed"));

        // another trust's id is not found
        as(leader).get("/api/v1/trusts/" + UUID.randomUUID() + "/termly-results/2026-27/SPRING").then().statusCode(404);
        // school users cannot read the trust views
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/trusts/" + trust.id() + "/termly-results/2026-27/SPRING").then().statusCode(403);
    }

    @Test
    void badTermOrYearIsA400NamingTheParameter() {
        Fixtures.Trust trust = Fixtures.trust(1);
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/WINTER")
                .then().statusCode(400).body("errors[0].field", equalTo("term"));
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-28/AUTUMN")
                .then().statusCode(400).body("errors[0].field", equalTo("academicYear"));
        as(trust.token("SCHOOL_LEADER", 0)).post("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN/publish")
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("no assessments"));
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN/versions/latest")
                .then().statusCode(404).body("type", equalTo("urn:goldenthread:problem:not-found"));
    }

    private static void validate(String schemaFile, JsonNode node) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/events/" + schemaFile), FORMATS);
        Set<ValidationMessage> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), schemaFile + ": " + errors + " in " + node);
        assertNotNull(node);
    }
}
