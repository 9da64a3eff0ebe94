package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The consumer side of the contracts: every example of the four event types plans-service reads
 * (termly-results-published, finding-recorded, finding-updated, finding-withdrawn), exactly as
 * contracts/ ships it — only its ids swapped for this test's school, milestones and fresh event
 * ids — goes through the real topic and consumer and moves the milestones it should.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class EvidenceContractsTest {
    private final School school = new School();
    private final ObjectMapper json = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyExampleOfTheFourEvidenceEventsIsReadAndApplied() throws Exception {
        Evidence evidence = new Evidence(bootstrap, school.trust, school.id);
        Item plan = created(school.leader().body(School.plan(school.id, "Plan evaluated from the contract examples")).post("/api/v1/plans"));
        Item priority = created(school.leader().body(School.priority("Writing")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        String action = created(school.leader().body(School.action("Modelled writing")).post("/api/v1/priorities/" + priority.id() + "/actions")).id();
        Item writing = milestone(action, School.trackingMilestone("SPRING", "2027-03-26", 65));
        Item reading = milestone(action, GoldenThreadTest.tracking("Year 6 average scaled score in reading of at least 103", "SUMMER",
                "2027-07-16", "READING", List.of(6), "ALL", "AVG_SCALED_SCORE", 103));
        Item marking = milestone(action, School.monitoringMilestone("SUMMER", "2027-07-16"));
        Item questioning = milestone(action, GoldenThreadTest.monitoring("Lesson observations find questioning that deepens thinking",
                "SUMMER", "2027-07-16", "LESSON_OBSERVATION", "questioning", 2));

        JsonNode resultsExample = Evidence.example(Evidence.RESULTS);
        UUID results = send(evidence, Evidence.TRACKING, resultsExample, Map.of());
        Item met = await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(writing.id()), m -> "MET".equals(m.get("status")));
        assertEquals("MET: 67.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event " + results, met.get("evidence.explanation"), "the school's exact figure counts");
        Item onTrack = await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(reading.id()), m -> "ON_TRACK".equals(m.get("status")));
        assertEquals("ON_TRACK: average scaled score 103.4 for pupils in Year 6 (88) in reading, spring 2026-27, target ≥ 103 "
                + "by summer 2026-27, from event " + results, onTrack.get("evidence.explanation"));

        JsonNode recordedExample = Evidence.example(Evidence.RECORDED);
        String findingId = recordedExample.path("data").path("findingId").asText();
        Map<String, String> markingIds = Map.of(findingId, UUID.randomUUID().toString(),
                recordedExample.path("data").path("linkedMilestoneIds").path(0).asText(), marking.id());
        UUID recorded = send(evidence, Evidence.MONITORING, recordedExample, markingIds);
        Item atRisk = await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(marking.id()), m -> "AT_RISK".equals(m.get("status")));
        assertEquals("AT_RISK: work scrutiny on developmental-marking judged 3 (An aspect in need of some improvement requiring future action(s)) on 2027-01-21, "
                + "needs 2 or better by summer 2026-27, from event " + recorded, atRisk.get("evidence.explanation"));

        // the update (revision 2, same judgement) becomes the evidence; the status stays
        UUID updated = send(evidence, Evidence.MONITORING, Evidence.example(Evidence.UPDATED), markingIds);
        await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(marking.id()).get("evidence.sourceEventId"), updated.toString()::equals);
        JsonPath trail = ok(school.leader().get("/api/v1/milestones/" + marking.id() + "/evaluations")).json();
        assertEquals(List.of("AT_RISK", "AT_RISK"), trail.getList("items.status"));
        assertEquals(List.of(recorded.toString(), updated.toString()), trail.getList("items.sourceEventId"));

        // the withdrawal example withdraws a finding (revision 2) that was first recorded as revision 1
        JsonNode withdrawnExample = Evidence.example(Evidence.WITHDRAWN);
        String withdrawnFinding = UUID.randomUUID().toString();
        Map<String, String> questioningIds = Map.of(withdrawnExample.path("data").path("findingId").asText(), withdrawnFinding,
                withdrawnExample.path("data").path("linkedMilestoneIds").path(0).asText(), questioning.id(),
                withdrawnExample.path("data").path("activityId").asText(), UUID.randomUUID().toString());
        evidence.record(evidence.finding(UUID.fromString(withdrawnFinding), 1, "LESSON_OBSERVATION", "SPRING", "2027-01-20",
                List.of("questioning"), 2, List.of(questioning.id())));
        await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(questioning.id()), m -> "ON_TRACK".equals(m.get("status")));
        UUID withdrawn = send(evidence, Evidence.MONITORING, withdrawnExample, questioningIds);
        Item notDue = await().atMost(GoldenThreadTest.DEADLINE).until(() -> milestone(questioning.id()), m -> "NOT_DUE".equals(m.get("status")));
        assertEquals(withdrawn.toString(), notDue.get("evidence.sourceEventId"));
        assertEquals("NOT_DUE: no lesson observation finding on questioning yet; due summer 2026-27; finding " + withdrawnFinding
                + " was withdrawn (Made confidential by the headteacher), from event " + withdrawn, notDue.get("evidence.explanation"));
    }

    /**
     * Sends an example with this test's trust and school, a fresh event id and the given id
     * swaps; checks it still follows the contract. Returns the event id.
     */
    private UUID send(Evidence evidence, String topic, JsonNode example, Map<String, String> swaps) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(swaps);
        all.put(example.path("id").asText(), id.toString());
        all.put(example.path("trustid").asText(), school.trust.toString());
        all.put(example.path("schoolid").asText(), school.id.toString());
        String text = example.toString();
        for (Map.Entry<String, String> swap : all.entrySet()) {
            text = text.replace(swap.getKey(), swap.getValue());
        }
        JsonNode event = json.readTree(text);
        Contracts.assertValid(event);
        evidence.produce(topic, school.id.toString(), text);
        return id;
    }

    private Item milestone(String actionId, Map<String, Object> body) {
        return created(school.leader().body(body).post("/api/v1/actions/" + actionId + "/milestones"));
    }

    private Item milestone(String id) {
        return ok(school.leader().get("/api/v1/milestones/" + id));
    }
}
