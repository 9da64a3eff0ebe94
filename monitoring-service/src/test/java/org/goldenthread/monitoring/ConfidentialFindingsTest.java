package org.goldenthread.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A confidential finding (an individual teacher's observation) is seen only by the school's
 * leaders and the observer: never by a trust leader or anyone else, never in any event.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ConfidentialFindingsTest {
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";
    private static final String CONFIDENTIAL = "Mr Hughes's Year 5 lesson: the pace was slow and the more able were not "
            + "challenged; support plan agreed with him.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private record Observation(TrustFixture trust, String activityId, String openId, String confidentialId) {
    }

    /** A completed lesson observation with one open and one confidential finding, recorded by the maths leader. */
    private Observation observation() {
        TrustFixture t = new TrustFixture();
        String activity = t.plan(t.mathsLeaderOfA(), TrustFixture.activity(t.schoolA, "LESSON_OBSERVATION", "2026-11-12",
                "Mathematics", List.of(5), List.of("challenge-for-more-able"))).extract().path("id");
        String open = t.mathsLeaderOfA().body(TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Across Year 5, the more able are "
                        + "not consistently challenged in arithmetic lessons.", 3, List.of("challenge-for-more-able")))
                .post(ACTIVITIES + "/" + activity + "/findings").then().statusCode(201).extract().path("id");
        Map<String, Object> body = TrustFixture.finding("AREA_FOR_DEVELOPMENT", CONFIDENTIAL, 4, List.of("challenge-for-more-able"));
        body.put("confidential", true);
        String confidential = t.mathsLeaderOfA().body(body).post(ACTIVITIES + "/" + activity + "/findings").then().statusCode(201)
                .body("confidential", equalTo(true)).body("published", equalTo(false)).extract().path("id");
        t.complete(t.mathsLeaderOfA(), activity, "2026-11-12");
        return new Observation(t, activity, open, confidential);
    }

    @Test
    void onlyTheSchoolsLeadersAndTheObserverSeeAConfidentialFinding() {
        Observation o = observation();
        TrustFixture t = o.trust();
        String path = "/api/v1/findings/" + o.confidentialId();
        t.leaderOfA().get(path).then().statusCode(200).body("statement", equalTo(CONFIDENTIAL));
        t.mathsLeaderOfA().get(path).then().statusCode(200);
        t.trustLeader().get(path).then().statusCode(404).contentType("application/problem+json");
        t.englishLeaderOfA().get(path).then().statusCode(404);
        t.teacherOfA().get(path).then().statusCode(404);
        t.governorOfA().get(path).then().statusCode(404);
        t.leaderOfB().get(path).then().statusCode(404);
        t.trustLeader().get(path + "/follow-ups").then().statusCode(404);
    }

    @Test
    void confidentialFindingsNeverReachATrustLeaderThroughAnyList() {
        Observation o = observation();
        TrustFixture t = o.trust();
        t.trustLeader().get("/api/v1/findings?schoolId=" + t.schoolA).then().statusCode(200)
                .body("items.id", contains(o.openId()));
        t.trustLeader().get("/api/v1/findings").then().body("items.id", not(hasItem(o.confidentialId())));
        t.trustLeader().get(ACTIVITIES + "/" + o.activityId() + "/findings").then().body("items.id", contains(o.openId()));
        t.trustLeader().get(ACTIVITIES + "/" + o.activityId()).then().body("findingCount", equalTo(1));
        t.trustLeader().get(ACTIVITIES + "/" + o.activityId() + "/follow-ups").then().body("findings", hasSize(1));
        t.trustLeader().get("/api/v1/findings/focus-areas/challenge-for-more-able?schoolId=" + t.schoolA).then()
                .body("threads", hasSize(1))
                .body("activities[0].findings.id", contains(o.openId()));
        t.trustLeader().get(ACTIVITIES + "/trust-calendar?academicYear=2026-27").then()
                .body("schools[0].terms[0].activities[0].findingCount", equalTo(1));
        t.leaderOfA().get(ACTIVITIES + "/" + o.activityId()).then().body("findingCount", equalTo(2));
        t.leaderOfA().get(ACTIVITIES + "/" + o.activityId() + "/findings").then()
                .body("items.id", containsInAnyOrder(o.openId(), o.confidentialId()));
    }

    @Test
    void confidentialFindingsAreNeverInAnEventOnTheFeedOrTheTopic() {
        Observation o = observation();
        TrustFixture t = o.trust();
        List<JsonNode> feed = Events.feed(t::analytics);
        assertEquals(1, Events.ofType(feed, "activity-completed.v1").size());
        assertEquals(1, Events.ofType(feed, "activity-completed.v1").get(0).path("data").path("findingCount").asInt(),
                "the confidential finding is not even counted");
        List<JsonNode> recorded = Events.ofType(feed, "finding-recorded.v1");
        assertEquals(1, recorded.size());
        assertEquals(o.openId(), recorded.get(0).path("data").path("findingId").asText());
        for (JsonNode event : feed) {
            assertFalse(event.toString().contains(o.confidentialId()), "an event names the confidential finding: " + event);
            assertFalse(event.toString().contains("Mr Hughes"), "an event carries confidential text: " + event);
        }

        List<ConsumerRecord<String, String>> published = new ArrayList<>();
        try (KafkaConsumer<String, String> topic = Events.topicReader(kafka)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Events.pollInto(topic, t.trust, published);
                return published.stream().anyMatch(r -> r.value().contains(o.openId()));
            });
            Events.pollInto(topic, t.trust, published);
        }
        for (ConsumerRecord<String, String> r : published) {
            assertEquals(t.schoolA.toString(), r.key(), "keyed by school");
            assertFalse(r.value().contains(o.confidentialId()), "the topic names the confidential finding");
            assertFalse(r.value().contains("Mr Hughes"), "the topic carries confidential text");
        }
    }

    @Test
    void makingAPublishedFindingConfidentialWithdrawsItWithoutItsWords() {
        Observation o = observation();
        TrustFixture t = o.trust();
        String path = "/api/v1/findings/" + o.openId();
        Map<String, Object> body = TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Across Year 5, the more able are not "
                + "consistently challenged; this concerns one teacher and is being handled privately.", 3,
                List.of("challenge-for-more-able"));
        body.put("confidential", true);
        t.leaderOfA().header("If-Match", t.etagOf(t.leaderOfA(), path)).body(body).put(path).then().statusCode(200)
                .body("confidential", equalTo(true))
                .body("published", equalTo(false))
                .body("revision", equalTo(2));
        t.trustLeader().get(path).then().statusCode(404);
        List<JsonNode> withdrawn = Events.ofType(Events.feed(t::analytics), "finding-withdrawn.v1");
        assertEquals(1, withdrawn.size());
        JsonNode data = withdrawn.get(0).path("data");
        assertEquals("MADE_CONFIDENTIAL", data.path("reason").asText());
        assertEquals(2, data.path("revision").asInt());
        assertFalse(withdrawn.get(0).toString().contains("handled privately"));
        Events.assertObeysContract(withdrawn.get(0));
        assertTrue(Events.ofType(Events.feed(t::analytics), "finding-updated.v1").isEmpty());
    }

    @Test
    void aChangeThatLeavesOutTheFlagKeepsAFindingConfidential() {
        Observation o = observation();
        TrustFixture t = o.trust();
        String path = "/api/v1/findings/" + o.confidentialId();
        t.mathsLeaderOfA().header("If-Match", t.etagOf(t.mathsLeaderOfA(), path))
                .body(TrustFixture.finding("AREA_FOR_DEVELOPMENT", CONFIDENTIAL + " Reviewed after two weeks.", 3,
                        List.of("challenge-for-more-able")))
                .put(path).then().statusCode(200)
                .body("confidential", equalTo(true))
                .body("published", equalTo(false));
        t.trustLeader().get(path).then().statusCode(404);
        assertTrue(Events.ofType(Events.feed(t::analytics), "finding-updated.v1").isEmpty());
    }

    @Test
    void confidentialEvidenceIsHiddenLikeConfidentialFindings() {
        TrustFixture t = new TrustFixture();
        String id = io.restassured.RestAssured.given().header("Authorization", "Bearer " + t.token("maths-lead@a", "SUBJECT_LEADER", t.schoolA))
                .multiPart("file", "observation-notes.txt", "Lesson notes for one teacher".getBytes(), "text/plain")
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "NOTE").multiPart("title", "Observation notes")
                .multiPart("confidential", "true")
                .post("/api/v1/evidence").then().statusCode(201).body("confidential", equalTo(true)).extract().path("id");
        t.leaderOfA().get("/api/v1/evidence/" + id + "/content").then().statusCode(200);
        t.trustLeader().get("/api/v1/evidence/" + id).then().statusCode(404);
        t.trustLeader().get("/api/v1/evidence/" + id + "/content").then().statusCode(404);
        t.teacherOfA().get("/api/v1/evidence?schoolId=" + t.schoolA).then().statusCode(200).body("items", hasSize(0));
    }
}
