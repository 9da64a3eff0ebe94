package org.goldenthread.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.devstack.GoldenThreadSystem;
import org.goldenthread.e2e.support.Api;
import org.goldenthread.e2e.support.Journeys;
import org.goldenthread.e2e.support.RunningSystem;
import org.goldenthread.e2e.support.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.e2e.support.Journeys.monitoringMeasure;
import static org.goldenthread.e2e.support.Journeys.trackingMeasure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden thread end to end, through the gateway, on the four packaged services: an MIS import
 * and a published term move a plan milestone; monitoring findings move another; the analytics
 * feed shows the changes in order.
 */
class GoldenThreadIT {
    private static final String CHANGED = "org.goldenthread.plans.milestone-status-changed.v1";

    private static Api api;
    private static Journeys journeys;
    private static Tenants.Trust trust;
    private static Tenants.Trust otherTrust;

    @BeforeAll
    static void system() {
        GoldenThreadSystem system = RunningSystem.get();
        api = new Api(system.gateway());
        journeys = new Journeys(api);
        trust = Tenants.create(system, "Golden Thread IT", 2);
        otherTrust = Tenants.create(system, "Golden Thread IT other", 1);
    }

    @Test
    void publishingSpringResultsMeetsTheDisadvantagedYear4WritingMilestoneWithItsEvidence() {
        String leader = trust.token("school-leader:0");
        String school = trust.school(0).id();
        String action = journeys.planWithAction(leader, school, "Spring writing plan");
        String milestone = journeys.milestone(leader, action,
                "≥ 65% of disadvantaged Year 4 at or above expected in writing by spring", "SPRING", "2027-03-31",
                trackingMeasure("WRITING", 4, "DISADVANTAGED", 65));
        assertEquals("NOT_DUE", journeys.milestoneView(leader, milestone).path("status").asText());

        // 17 of 25 disadvantaged pupils at the expected standard: 68%
        journeys.importCohort(trust.token("mis"), school, 4, 25, 17, 20, 16, "SPRING");
        journeys.publish(leader, school, "SPRING");

        JsonNode met = journeys.awaitStatus(leader, milestone, "MET");
        List<JsonNode> evaluations = journeys.evaluations(leader, milestone);
        JsonNode evidence = evaluations.stream().filter(e -> e.path("status").asText().equals("MET")).findFirst()
                .orElseThrow(() -> new AssertionError("no MET evaluation in " + evaluations));
        assertEquals(68.0, evidence.path("observedValue").asDouble(), 0.01, evidence.toString());
        assertEquals(65.0, evidence.path("target").asDouble(), 0.01);
        assertFalse(evidence.path("sourceEventId").asText().isBlank(), "the evaluation names the event it came from");
        String explanation = evidence.path("explanation").asText();
        assertTrue(explanation.startsWith("MET: 68%") && explanation.contains("disadvantaged")
                && explanation.contains("Year 4") && explanation.contains("writing") && explanation.contains("65"),
                explanation);
        assertEquals("MET", met.path("status").asText());
    }

    @Test
    void aWorkScrutinyFindingPutsAMilestoneAtRiskAndItsFollowUpMovesItOnTrack() {
        String leader = trust.token("school-leader:1");
        String school = trust.school(1).id();
        String action = journeys.planWithAction(leader, school, "Feedback plan");
        String milestone = journeys.milestone(leader, action, "Work scrutiny finds next steps acted on in most Year 4 books",
                "SPRING", "2027-03-31", monitoringMeasure("WORK_SCRUTINY", "developmental-marking", 2));

        String first = journeys.finding(leader, school, "WORK_SCRUTINY", "developmental-marking", "2026-10-15", 3,
                List.of(milestone), null, null);
        journeys.awaitStatus(leader, milestone, "AT_RISK");

        journeys.finding(leader, school, "WORK_SCRUTINY", "developmental-marking", "2026-11-20", 2,
                List.of(milestone), first, "PARTLY_IMPROVED");
        // judged 2 against a threshold of 2, before the spring term it is due: on track
        journeys.awaitStatus(leader, milestone, "ON_TRACK");
    }

    @Test
    void theAnalyticsFeedShowsMilestoneStatusChangesInOrderAndOnlyForItsTrust() {
        String leader = trust.token("school-leader:1");
        String school = trust.school(1).id();
        String action = journeys.planWithAction(leader, school, "Analytics plan");
        String milestone = journeys.milestone(leader, action, "Learning walk finds modelled writing in every class",
                "SUMMER", "2027-07-16", monitoringMeasure("LEARNING_WALK", "modelled-writing", 2));
        String first = journeys.finding(leader, school, "LEARNING_WALK", "modelled-writing", "2026-10-01", 4,
                List.of(milestone), null, null);
        journeys.awaitStatus(leader, milestone, "AT_RISK");
        journeys.finding(leader, school, "LEARNING_WALK", "modelled-writing", "2026-11-02", 1,
                List.of(milestone), first, "IMPROVED");
        journeys.awaitStatus(leader, milestone, "ON_TRACK");

        List<String> statuses = await().atMost(Duration.ofSeconds(30)).until(() ->
                journeys.feed("/api/v1/plans/events?type=" + CHANGED, trust.token("analytics")).stream()
                        .filter(e -> e.path("data").path("milestoneId").asText().equals(milestone))
                        .map(e -> e.path("data").path("previousStatus").asText() + "->" + e.path("data").path("status").asText())
                        .toList(), s -> s.size() >= 2);
        assertEquals(List.of("NOT_DUE->AT_RISK", "AT_RISK->ON_TRACK"), statuses);

        List<JsonNode> theirs = journeys.feed("/api/v1/plans/events?type=" + CHANGED, otherTrust.token("analytics"));
        assertTrue(theirs.stream().noneMatch(e -> e.path("data").path("milestoneId").asText().equals(milestone)),
                "another trust's analytics must not see this trust's events");
    }
}
