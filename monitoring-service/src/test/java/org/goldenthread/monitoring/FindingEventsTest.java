package org.goldenthread.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What plans-service and analytics receive: activity-completed, then finding-recorded, -updated and
 * -withdrawn with increasing revisions, each obeying its contract (formats asserted).
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class FindingEventsTest {
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";

    @Test
    void aFindingsLifeIsPublishedWithRisingRevisionsAndObeysTheContracts() {
        TrustFixture t = new TrustFixture();
        UUID milestone = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        Map<String, Object> activity = TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2027-01-21", "Writing", List.of(3, 4),
                List.of("developmental-marking", "extended-writing"));
        activity.put("linkedMilestoneIds", List.of(milestone.toString()));
        activity.put("linkedActionIds", List.of(action.toString()));
        String activityId = t.plan(t.mathsLeaderOfA(), activity).extract().path("id");

        // Recorded before completion: published only when the activity completes.
        Map<String, Object> body = TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Next steps are written in every Year 4 book "
                + "sampled, but pupils respond to them in fewer than half of the books.", 3, List.of("developmental-marking"));
        body.put("yearGroups", List.of(4));
        String findingId = t.mathsLeaderOfA().body(body).post(ACTIVITIES + "/" + activityId + "/findings").then().statusCode(201)
                .body("linkedMilestoneIds[0]", equalTo(milestone.toString()))
                .body("subject", equalTo("Writing"))
                .body("published", equalTo(false)).extract().path("id");
        assertTrue(Events.feed(t::analytics).isEmpty(), "nothing is published while the activity is only planned");

        t.complete(t.mathsLeaderOfA(), activityId, "2027-01-21");
        List<JsonNode> feed = Events.feed(t::analytics);
        assertEquals(List.of("org.goldenthread.monitoring.activity-completed.v1", "org.goldenthread.monitoring.finding-recorded.v1"),
                feed.stream().map(e -> e.path("type").asText()).toList());
        JsonNode completed = feed.get(0).path("data");
        assertEquals("WORK_SCRUTINY", completed.path("activityType").asText());
        assertEquals("SPRING", completed.path("term").asText());
        assertEquals(milestone.toString(), completed.path("linkedMilestoneIds").get(0).asText());
        assertEquals(action.toString(), completed.path("linkedActionIds").get(0).asText());
        JsonNode recorded = feed.get(1).path("data");
        assertEquals(1, recorded.path("revision").asInt());
        assertEquals(3, recorded.path("judgement").asInt());
        assertEquals("An aspect in need of some improvement requiring future action(s)", recorded.path("judgementMeaning").asText());
        assertEquals("developmental-marking", recorded.path("focusTags").get(0).asText());
        assertEquals(milestone.toString(), recorded.path("linkedMilestoneIds").get(0).asText());
        assertEquals("schools/" + t.schoolA + "/findings/" + findingId, feed.get(1).path("subject").asText());

        // Evidence attached: finding-updated with revision 2 and one evidence item.
        String evidenceId = RestAssured.given().header("Authorization", "Bearer " + t.token("maths-lead@a", "SUBJECT_LEADER", t.schoolA))
                .multiPart("file", "y4-book.txt", "Book sample: responses to next steps".getBytes(), "text/plain")
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "WORK_SAMPLE").multiPart("title", "Year 4 book")
                .multiPart("activityId", activityId)
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id");
        body.put("evidenceIds", List.of(evidenceId));
        String path = "/api/v1/findings/" + findingId;
        t.mathsLeaderOfA().header("If-Match", t.etagOf(t.mathsLeaderOfA(), path)).body(body).put(path).then().statusCode(200)
                .body("revision", equalTo(2));
        // The same again changes nothing and publishes nothing.
        t.mathsLeaderOfA().header("If-Match", t.etagOf(t.mathsLeaderOfA(), path)).body(body).put(path).then().statusCode(200)
                .body("revision", equalTo(2));

        // Deleting the evidence: the finding loses it (revision 3), and the deletion is audited.
        String evidencePath = "/api/v1/evidence/" + evidenceId;
        t.leaderOfA().header("If-Match", t.etagOf(t.leaderOfA(), evidencePath)).delete(evidencePath).then().statusCode(200);
        t.mathsLeaderOfA().get(path).then().body("revision", equalTo(3)).body("evidenceIds.size()", equalTo(0));

        // Deleted: withdrawn with revision 4.
        t.mathsLeaderOfA().header("If-Match", t.etagOf(t.mathsLeaderOfA(), path)).delete(path).then().statusCode(204);
        t.mathsLeaderOfA().get(path).then().statusCode(404);

        feed = Events.feed(t::analytics);
        List<JsonNode> updated = Events.ofType(feed, "finding-updated.v1");
        assertEquals(2, updated.size());
        assertEquals(2, updated.get(0).path("data").path("revision").asInt());
        assertEquals(1, updated.get(0).path("data").path("evidenceCount").asInt());
        assertEquals(3, updated.get(1).path("data").path("revision").asInt());
        assertEquals(0, updated.get(1).path("data").path("evidenceCount").asInt());
        JsonNode withdrawn = Events.ofType(feed, "finding-withdrawn.v1").get(0).path("data");
        assertEquals(4, withdrawn.path("revision").asInt());
        assertEquals("DELETED", withdrawn.path("reason").asText());
        assertEquals(milestone.toString(), withdrawn.path("linkedMilestoneIds").get(0).asText());
        assertEquals(5, feed.size());
        feed.forEach(Events::assertObeysContract);
    }

    @Test
    void aFindingOnACompletedActivityIsPublishedAtOnceAndAFollowUpCarriesItsOutcome() {
        TrustFixture t = new TrustFixture();
        String autumn = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2026-10-14", null, List.of(),
                List.of("behaviour-for-learning"))).extract().path("id");
        t.complete(t.leaderOfA(), autumn, "2026-10-14");
        String first = t.leaderOfA().body(TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Low-level disruption in some classes "
                + "after lunch", 3, List.of("behaviour-for-learning"))).post(ACTIVITIES + "/" + autumn + "/findings").then()
                .statusCode(201).body("published", equalTo(true)).body("subject", nullValue()).extract().path("id");
        String spring = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2027-02-10", null, List.of(),
                List.of("behaviour-for-learning"))).extract().path("id");
        t.complete(t.leaderOfA(), spring, "2027-02-10");
        Map<String, Object> follow = TrustFixture.finding("STRENGTH", "Calm, purposeful afternoons in every class visited", 2,
                List.of("behaviour-for-learning"));
        follow.put("followsUpFindingId", first);
        follow.put("followUpOutcome", "IMPROVED");
        t.leaderOfA().body(follow).post(ACTIVITIES + "/" + spring + "/findings").then().statusCode(201);

        List<JsonNode> recorded = Events.ofType(Events.feed(t::analytics), "finding-recorded.v1");
        assertEquals(2, recorded.size());
        JsonNode followUp = recorded.get(1).path("data");
        assertEquals(first, followUp.path("followsUpFindingId").asText());
        assertEquals("IMPROVED", followUp.path("followUpOutcome").asText());
        assertEquals("Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring",
                followUp.path("judgementMeaning").asText());
        assertTrue(recorded.get(0).path("data").path("subject").isNull(), "a whole-school finding has a null subject");
        recorded.forEach(Events::assertObeysContract);
        Events.feed(t::analytics).forEach(Events::assertObeysContract);
    }

    @Test
    void theFeedIsForAnalyticsAndLeadersOfTheTrustOnly() {
        TrustFixture t = new TrustFixture();
        t.teacherOfA().get("/api/v1/monitoring/events").then().statusCode(403);
        t.analytics().get("/api/v1/monitoring/events?type=org.goldenthread.plans.plan-status-changed.v1").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        String activity = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "AUDIT", "2026-10-14", "Science", List.of(6),
                List.of("working-scientifically"))).extract().path("id");
        t.complete(t.leaderOfA(), activity, "2026-10-14");
        assertEquals(1, Events.feed(t::analytics).size());
        assertEquals(1, Events.feed(t::leaderOfA).size());
        assertTrue(Events.feed(t::leaderOfB).isEmpty(), "school B's leader sees none of school A's events");
        assertTrue(Events.feed(t::leaderInAnotherTrust).isEmpty(), "another trust sees none");
    }
}
