package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.service.MilestoneService;
import org.goldenthread.plans.service.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Milestone status: evidence sets what the measure says; a reviewer's override needs a reason and
 * stays visible beside it; every evaluation is in the trail; every change of status is published
 * as milestone-status-changed, valid against the contract.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class MilestoneStatusTest {
    private static final String CHANGED = "org.goldenthread.plans.milestone-status-changed.v1";
    private final School school = new School();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    MilestoneService milestones;
    @Inject
    EntityManager em;

    @Test
    void publishedResultsMeetAMilestoneWithTheirEvidenceAndAnOverrideStaysVisible() throws Exception {
        Item plan = school.planWithOneOfEach("Writing plan");
        String milestoneId = school.leader().queryParam("planId", plan.id()).get("/api/v1/milestones").jsonPath().getString("items[0].id");

        // termly results arrive (what the tracking.events consumer hands over for each matching milestone)
        UUID event = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> milestones.applyEvidence(em.find(Milestone.class, UUID.fromString(milestoneId)),
                Optional.of(new Observation(new BigDecimal("67.9"), new TermOfYear("2026-27", Term.SPRING), 28, event,
                        "org.goldenthread.tracking.termly-results-published.v1"))));
        Item met = ok(school.governor().get("/api/v1/milestones/" + milestoneId));
        assertEquals("MET", met.get("status"));
        assertEquals("GREEN", met.get("rag"));
        assertEquals("MET: 67.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event " + event, met.get("evidence.explanation"));
        assertEquals(event.toString(), met.get("evidence.sourceEventId"));
        assertEquals("system", met.get("evidence.evaluatedBy"));

        // a reviewer overrides: a reason is required
        school.leader().header("If-Match", met.etag()).body(Map.of("status", "AT_RISK"))
                .put("/api/v1/milestones/" + milestoneId + "/status").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        Item overridden = ok(school.leader().header("If-Match", met.etag())
                .body(Map.of("status", "AT_RISK", "reason", "Spring data for Year 4 was entered before moderation"))
                .put("/api/v1/milestones/" + milestoneId + "/status"));
        assertEquals("AT_RISK", overridden.get("status"));
        assertEquals("MET", overridden.get("measureStatus"));
        assertEquals("Spring data for Year 4 was entered before moderation", overridden.get("override.reason"));
        assertEquals("school_leader@" + school.id, overridden.get("override.by"));
        assertTrue(overridden.get("evidence.explanation").startsWith("MET: 67.9%"), "what the measure says stays visible");

        // the override is removed: the measure decides again
        Item restored = ok(school.leader().header("If-Match", overridden.etag()).delete("/api/v1/milestones/" + milestoneId + "/override"));
        assertEquals("MET", restored.get("status"));
        assertNull(restored.json().get("override"));
        school.leader().header("If-Match", restored.etag()).delete("/api/v1/milestones/" + milestoneId + "/override")
                .then().statusCode(409);

        JsonPath trail = ok(school.governor().get("/api/v1/milestones/" + milestoneId + "/evaluations")).json();
        assertEquals(List.of("MET", "AT_RISK", "MET"), trail.getList("items.status"));
        assertEquals(List.of(false, true, false), trail.getList("items.manualOverride"));
        assertEquals(67.9f, trail.getFloat("items[0].observedValue"));
        assertEquals(65, trail.getInt("items[0].target"));
        assertEquals("AT_LEAST", trail.getString("items[0].comparator"));
        assertEquals(event.toString(), trail.getString("items[0].sourceEventId"));
        assertEquals("Spring data for Year 4 was entered before moderation", trail.getString("items[1].reason"));

        // each change was published, in order, and each is valid against the contract
        List<JsonNode> published = await().atMost(Duration.ofSeconds(20)).until(() -> events(milestoneId), e -> e.size() == 3);
        assertEquals(List.of("NOT_DUE>MET", "MET>AT_RISK", "AT_RISK>MET"), published.stream()
                .map(e -> e.path("data").path("previousStatus").asText() + ">" + e.path("data").path("status").asText()).toList());
        published.forEach(Contracts::assertValid);
        JsonNode first = published.get(0).path("data");
        assertEquals(event.toString(), first.path("sourceEventId").asText());
        assertEquals("org.goldenthread.tracking.termly-results-published.v1", first.path("sourceEventType").asText());
        assertEquals(67.9, first.path("observedValue").asDouble());
        assertEquals("1.1.1", first.path("number").asText());
        assertEquals("system", first.path("changedBy").asText());
        JsonNode override = published.get(1).path("data");
        assertTrue(override.path("manualOverride").asBoolean());
        assertEquals("Spring data for Year 4 was entered before moderation", override.path("reason").asText());
        assertTrue(override.path("sourceEventId").isNull());
        assertEquals(school.id.toString(), published.get(1).path("schoolid").asText());
    }

    @Test
    void aManualMilestoneIsSetByAReviewerWithAReason() {
        Item plan = school.planWithOneOfEach("Plan with a manual milestone");
        String action = school.leader().queryParam("planId", plan.id()).get("/api/v1/actions").jsonPath().getString("items[0].id");
        Item manual = created(school.leader().body(Map.of("title", "Governors' learning walk completed", "academicYear", "2026-27",
                "term", "AUTUMN", "dueDate", "2026-12-11", "measure", Map.of("type", "MANUAL"))).post("/api/v1/actions/" + action + "/milestones"));
        assertEquals("NOT_DUE", manual.get("status"));
        Item set = ok(school.leader().header("If-Match", manual.etag())
                .body(Map.of("status", "MET", "reason", "Learning walk on 4 December; report to the standards committee"))
                .put("/api/v1/milestones/" + manual.id() + "/status"));
        assertEquals("MET", set.get("status"));
        assertEquals("MET", set.get("measureStatus"));
        assertNull(set.json().get("override"));
        assertEquals("MET: set by school_leader@" + school.id + " — Learning walk on 4 December; report to the standards committee",
                set.get("evidence.explanation"));
        List<JsonNode> published = await().atMost(Duration.ofSeconds(20)).until(() -> events(manual.id()), e -> e.size() == 1);
        Contracts.assertValid(published.get(0));
        assertEquals("MANUAL", published.get(0).path("data").path("measureType").asText());
    }

    @Test
    void changingTheMeasureStartsItsEvaluationAgain() {
        Item plan = school.planWithOneOfEach("Plan whose measure changes");
        String milestoneId = school.leader().queryParam("planId", plan.id()).get("/api/v1/milestones").jsonPath().getString("items[0].id");
        QuarkusTransaction.requiringNew().run(() -> milestones.applyEvidence(em.find(Milestone.class, UUID.fromString(milestoneId)),
                Optional.of(new Observation(new BigDecimal("52"), new TermOfYear("2026-27", Term.AUTUMN), 28, UUID.randomUUID(),
                        "org.goldenthread.tracking.termly-results-published.v1"))));
        Item atRisk = ok(school.leader().get("/api/v1/milestones/" + milestoneId));
        assertEquals("AT_RISK", atRisk.get("status"));
        Item changed = ok(school.leader().header("If-Match", atRisk.etag()).body(School.trackingMilestone("SPRING", "2027-03-26", 50))
                .put("/api/v1/milestones/" + milestoneId));
        assertEquals("NOT_DUE", changed.get("status"), "evidence for the old measure no longer applies; none is held for the new one");
        assertEquals(50, changed.json().getInt("measure.target"));
    }

    private List<JsonNode> events(String milestoneId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        String next = "/api/v1/plans/events?limit=500&type=" + CHANGED;
        while (next != null) {
            JsonNode page = json.readTree(school.analytics().get(next).then().statusCode(200).extract().asString());
            page.path("items").forEach(e -> {
                if (e.path("data").path("milestoneId").asText().equals(milestoneId)) {
                    found.add(e);
                }
            });
            next = page.path("items").isEmpty() ? null : page.path("next").asText();
            if (next != null && next.startsWith("http")) {
                next = java.net.URI.create(next).getRawPath() + "?" + java.net.URI.create(next).getRawQuery();
            }
        }
        return found;
    }
}
