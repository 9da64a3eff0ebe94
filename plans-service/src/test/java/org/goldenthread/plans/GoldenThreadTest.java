package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.platform.inbox.ProcessedEvents;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.plans.Evidence.publishedRow;
import static org.goldenthread.plans.Evidence.row;
import static org.goldenthread.plans.Evidence.year4Writing;
import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden thread, from the plans side: termly results and monitoring findings produced onto
 * tracking.events and monitoring.events, exactly as tracking-service and monitoring-service
 * publish them, move the milestones whose measures they match — with the evidence, a trail entry
 * and a milestone-status-changed event (valid against its contract) — and nothing else: not a
 * late or repeated event, not another school's.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class GoldenThreadTest {
    static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final String CHANGED = "org.goldenthread.plans.milestone-status-changed.v1";
    private static final String AUTUMN_DUE = "2026-12-18";
    private static final String SPRING_DUE = "2027-03-26";
    private static final String SUMMER_DUE = "2027-07-16";

    private final School school = new School();
    private final ObjectMapper json = new ObjectMapper();
    private Evidence evidence;
    private String planId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    ProcessedEvents processed;

    @BeforeEach
    void evidenceOfThisSchool() {
        evidence = new Evidence(bootstrap, school.trust, school.id);
    }

    @Test
    void springResultsMeetTheDisadvantagedYear4WritingMilestoneWithTheirEvidence() throws Exception {
        String action = action("Modelled writing in Year 4");
        Item autumn = milestone(action, School.trackingMilestone("AUTUMN", AUTUMN_DUE, 60));
        Item spring = milestone(action, School.trackingMilestone("SPRING", SPRING_DUE, 65));
        Item summer = milestone(action, School.trackingMilestone("SUMMER", SUMMER_DUE, 70));

        UUID published = evidence.publish("SPRING", 1, year4Writing(68.0));

        Item met = awaitStatus(spring.id(), "MET");
        assertEquals("MET: 68% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event " + published, met.get("evidence.explanation"));
        assertEquals(published.toString(), met.get("evidence.sourceEventId"));
        assertEquals(Evidence.RESULTS, met.get("evidence.sourceEventType"));
        assertEquals(68, met.json().getInt("evidence.observedValue"));
        assertEquals("system", met.get("evidence.evaluatedBy"));
        assertEquals("GREEN", met.get("rag"));

        // the same results say how the summer milestone is going; they are no evidence for autumn's
        Item atRisk = awaitStatus(summer.id(), "AT_RISK");
        assertEquals("AT_RISK: 68% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 70% by summer 2026-27, from event " + published, atRisk.get("evidence.explanation"));
        assertEquals("NOT_DUE", milestone(autumn.id()).get("status"));

        JsonPath trail = ok(school.governor().get("/api/v1/milestones/" + spring.id() + "/evaluations")).json();
        assertEquals(List.of("MET"), trail.getList("items.status"));
        assertEquals(List.of("NOT_DUE"), trail.getList("items.previousStatus"));
        assertEquals(68, trail.getInt("items[0].observedValue"));
        assertEquals(65, trail.getInt("items[0].target"));
        assertEquals("AT_LEAST", trail.getString("items[0].comparator"));
        assertEquals(published.toString(), trail.getString("items[0].sourceEventId"));

        // the plan's RAG rolls up: one green, one amber
        JsonPath summary = ok(school.governor().get("/api/v1/plans/" + planId + "/summary")).json();
        assertEquals("AMBER", summary.getString("rag"));
        assertEquals(1, summary.getInt("milestones.met"));
        assertEquals(1, summary.getInt("milestones.atRisk"));
        assertEquals(1, summary.getInt("milestones.notDue"));

        // and plans.events says so, within the contract
        List<JsonNode> changes = statusChanges(spring.id(), 1);
        Contracts.assertValid(changes.get(0));
        JsonNode data = changes.get(0).path("data");
        assertEquals("NOT_DUE", data.path("previousStatus").asText());
        assertEquals("MET", data.path("status").asText());
        assertEquals(published.toString(), data.path("sourceEventId").asText());
        assertEquals(Evidence.RESULTS, data.path("sourceEventType").asText());
        assertEquals(68, data.path("observedValue").asInt());
        assertEquals(65, data.path("target").asInt());
        assertEquals(met.get("evidence.explanation"), data.path("explanation").asText());
        assertEquals(school.id.toString(), changes.get(0).path("schoolid").asText());
    }

    @Test
    void workScrutinyFindingsMoveAMonitoringMilestoneAsItsMeasureDefines() throws Exception {
        String action = action("Next steps acted on in every writing book");
        Item marking = milestone(action, School.monitoringMilestone("SUMMER", SUMMER_DUE));

        UUID first = UUID.randomUUID();
        UUID judgedThree = evidence.record(evidence.finding(first, 1, "WORK_SCRUTINY", "SPRING", "2027-01-18",
                List.of("developmental-marking"), 3, List.of(marking.id())));
        Item atRisk = awaitStatus(marking.id(), "AT_RISK");
        assertEquals("AT_RISK: work scrutiny on developmental-marking judged 3 (An aspect in need of some improvement requiring future action(s)) on 2027-01-18, "
                + "needs 2 or better by summer 2026-27, from event " + judgedThree, atRisk.get("evidence.explanation"));
        assertEquals(3, atRisk.json().getInt("evidence.observedValue"));

        // a follow-up scrutiny before the due term: on track
        Map<String, Object> followUp = evidence.finding(UUID.randomUUID(), 1, "WORK_SCRUTINY", "SPRING", "2027-03-10",
                List.of("developmental-marking", "editing"), 2, List.of());
        followUp.put("followsUpFindingId", first);
        followUp.put("followUpOutcome", "IMPROVED");
        UUID judgedTwo = evidence.record(followUp);
        Item onTrack = awaitStatus(marking.id(), "ON_TRACK");
        assertEquals("ON_TRACK: work scrutiny on developmental-marking judged 2 (Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring) on 2027-03-10, "
                + "needs 2 or better by summer 2026-27, from event " + judgedTwo, onTrack.get("evidence.explanation"));

        // in the due term: met
        UUID summerScrutiny = evidence.record(evidence.finding(UUID.randomUUID(), 1, "WORK_SCRUTINY", "SUMMER", "2027-06-14",
                List.of("developmental-marking"), 2, List.of(marking.id())));
        Item met = awaitStatus(marking.id(), "MET");
        assertEquals("MET: work scrutiny on developmental-marking judged 2 (Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring) on 2027-06-14, "
                + "needs 2 or better, from event " + summerScrutiny, met.get("evidence.explanation"));

        List<JsonNode> changes = statusChanges(marking.id(), 3);
        assertEquals(List.of("NOT_DUE>AT_RISK", "AT_RISK>ON_TRACK", "ON_TRACK>MET"), transitions(changes));
        changes.forEach(Contracts::assertValid);
        assertEquals(List.of(judgedThree.toString(), judgedTwo.toString(), summerScrutiny.toString()),
                changes.stream().map(e -> e.path("data").path("sourceEventId").asText()).toList());
    }

    @Test
    void aFindingLinkedToAMilestoneCountsWhateverItsActivityAndFocus() {
        String action = action("Reasoning in every maths lesson");
        Item reasoning = milestone(action, monitoring("Lesson observations find reasoning modelled and practised", "SPRING",
                SPRING_DUE, "LESSON_OBSERVATION", "maths-reasoning", 2));
        // a work scrutiny on another focus, linked explicitly by the monitor
        UUID findingId = UUID.randomUUID();
        Map<String, Object> scrutiny = evidence.finding(findingId, 1, "WORK_SCRUTINY", "SPRING", "2027-02-02",
                List.of("presentation"), 1, List.of(reasoning.id()));
        UUID linked = evidence.record(scrutiny);
        Item met = awaitStatus(reasoning.id(), "MET");
        assertEquals("MET: work scrutiny linked to this milestone judged 1 (Strong feature of the school, with proven impact, that could be replicated and shared with others) on 2027-02-02, "
                + "needs 2 or better, from event " + linked, met.get("evidence.explanation"));
        // another activity on the milestone's focus but not linked does not count
        UUID unrelated = evidence.record(evidence.finding(UUID.randomUUID(), 1, "LEARNING_WALK", "SPRING", "2027-03-01",
                List.of("maths-reasoning"), 4, List.of()));
        awaitProcessed(unrelated);
        assertEquals("MET", milestone(reasoning.id()).get("status"));
        // the monitor unlinks it: the milestone it moved is evaluated again, and nothing else decides it
        scrutiny.put("revision", 2);
        scrutiny.put("linkedMilestoneIds", List.of());
        UUID unlinked = evidence.update(scrutiny);
        Item notDue = awaitStatus(reasoning.id(), "NOT_DUE");
        assertEquals("NOT_DUE: no lesson observation finding on maths-reasoning yet; due spring 2026-27; finding " + findingId
                + " no longer counts for it, from event " + unlinked, notDue.get("evidence.explanation"));
        assertEquals(unlinked.toString(), notDue.get("evidence.sourceEventId"));
    }

    @Test
    void republishedResultsSupersedeAndOlderOrRepeatedOnesChangeNothing() throws Exception {
        String action = action("Modelled writing in Year 4");
        Item spring = milestone(action, School.trackingMilestone("SPRING", SPRING_DUE, 65));
        Item autumn = milestone(action, School.trackingMilestone("AUTUMN", AUTUMN_DUE, 50));

        UUID v1 = evidence.publish("SPRING", 1, year4Writing(60.7));
        awaitStatus(spring.id(), "NOT_MET");
        UUID v2 = evidence.publish("SPRING", 2, year4Writing(67.9));
        Item met = awaitStatus(spring.id(), "MET");
        assertTrue(met.get("evidence.explanation").startsWith("MET: 67.9% of disadvantaged pupils in Year 4 (28)"));
        assertEquals(v2.toString(), met.get("evidence.sourceEventId"));

        // version 1 again (a late copy with its own id), version 2 redelivered, version 2 under another id
        UUID lateV1 = evidence.publish("SPRING", 1, year4Writing(40.0));
        Map<String, Object> again = Evidence.resultsData(school.trust, school.id, "SPRING", 2, year4Writing(67.9));
        evidence.send(Evidence.TRACKING, Evidence.RESULTS, "schools/" + school.id + "/termly-results/2026-27/SPRING", again, v2);
        UUID sameVersion = evidence.publish("SPRING", 2, year4Writing(30.0));
        // then the autumn results, on the same key (so after them): they decide the autumn milestone
        UUID autumnResults = evidence.publish("AUTUMN", 1, year4Writing(55.0));
        awaitStatus(autumn.id(), "MET");
        assertTrue(processed.isProcessed(lateV1) && processed.isProcessed(sameVersion) && processed.isProcessed(autumnResults));

        Item after = milestone(spring.id());
        assertEquals("MET", after.get("status"));
        assertEquals(v2.toString(), after.get("evidence.sourceEventId"));
        assertEquals(met.etag(), after.etag(), "the milestone was not touched");
        JsonPath trail = ok(school.leader().get("/api/v1/milestones/" + spring.id() + "/evaluations")).json();
        assertEquals(List.of("NOT_MET", "MET"), trail.getList("items.status"), "no extra evaluation");
        assertEquals(List.of(v1.toString(), v2.toString()), trail.getList("items.sourceEventId"));
        assertEquals(List.of("NOT_DUE>NOT_MET", "NOT_MET>MET"), transitions(statusChanges(spring.id(), 2)),
                "no extra milestone-status-changed");
    }

    @Test
    void aWithdrawnFindingReEvaluatesTheMilestonesItMoved() throws Exception {
        String action = action("Next steps acted on in every writing book");
        Item marking = milestone(action, School.monitoringMilestone("SUMMER", SUMMER_DUE));

        UUID early = UUID.randomUUID();
        UUID earlyEvent = evidence.record(evidence.finding(early, 1, "WORK_SCRUTINY", "SPRING", "2027-01-18",
                List.of("developmental-marking"), 2, List.of()));
        awaitStatus(marking.id(), "ON_TRACK");
        UUID later = UUID.randomUUID();
        Map<String, Object> laterFinding = evidence.finding(later, 1, "WORK_SCRUTINY", "SPRING", "2027-02-10",
                List.of("developmental-marking"), 4, List.of(marking.id()));
        evidence.record(laterFinding);
        awaitStatus(marking.id(), "AT_RISK");

        // the later finding is made confidential: the earlier one decides again
        evidence.withdraw(later, 2, List.of(marking.id()), "MADE_CONFIDENTIAL");
        Item back = awaitStatus(marking.id(), "ON_TRACK");
        assertEquals(earlyEvent.toString(), back.get("evidence.sourceEventId"));

        // a late copy of its first revision cannot bring it back; then the earlier finding is deleted too
        evidence.update(laterFinding);
        UUID withdrawal = evidence.withdraw(early, 2, List.of(), "DELETED");
        Item none = awaitStatus(marking.id(), "NOT_DUE");
        assertEquals("NOT_DUE: no work scrutiny finding on developmental-marking yet; due summer 2026-27; finding " + early
                + " was withdrawn (DELETED), from event " + withdrawal, none.get("evidence.explanation"));
        assertEquals(withdrawal.toString(), none.get("evidence.sourceEventId"));
        assertNull(none.json().get("evidence.observedValue"));
        assertEquals(List.of("NOT_DUE>ON_TRACK", "ON_TRACK>AT_RISK", "AT_RISK>ON_TRACK", "ON_TRACK>NOT_DUE"),
                transitions(statusChanges(marking.id(), 4)));
    }

    @Test
    void aMilestoneCreatedOrEditedAfterTheEvidenceArrivedIsEvaluatedAtOnce() throws Exception {
        UUID results = evidence.publish("SPRING", 1, year4Writing(68.0));
        UUID finding = evidence.record(evidence.finding(UUID.randomUUID(), 1, "WORK_SCRUTINY", "SPRING", "2027-01-18",
                List.of("developmental-marking"), 2, List.of()));
        awaitProcessed(results);
        awaitProcessed(finding);

        String action = action("Modelled writing in Year 4");
        Item spring = milestone(action, School.trackingMilestone("SPRING", SPRING_DUE, 65));
        assertEquals("MET", spring.get("status"), "evaluated in the create itself");
        assertEquals(results.toString(), spring.get("evidence.sourceEventId"));
        assertEquals("MET: 68% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event " + results, spring.get("evidence.explanation"));

        Item edited = ok(school.leader().header("If-Match", spring.etag())
                .body(School.trackingMilestone("SPRING", SPRING_DUE, 70)).put("/api/v1/milestones/" + spring.id()));
        assertEquals("NOT_MET", edited.get("status"));
        assertEquals(results.toString(), edited.get("evidence.sourceEventId"));

        Item marking = milestone(action, School.monitoringMilestone("SUMMER", SUMMER_DUE));
        assertEquals("ON_TRACK", marking.get("status"));
        assertEquals(finding.toString(), marking.get("evidence.sourceEventId"));

        assertEquals(List.of("NOT_DUE>MET", "MET>NOT_MET"), transitions(statusChanges(spring.id(), 2)));
        statusChanges(marking.id(), 1).forEach(Contracts::assertValid);
    }

    @Test
    void milestonesCreatedWhileResultsArriveAreAllEvaluated() throws Exception {
        String action = action("Modelled writing in Year 4");
        java.util.concurrent.ExecutorService leaders = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Item>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int target = 60 + i;
                creates.add(leaders.submit(() -> milestone(action, School.trackingMilestone("SPRING", SPRING_DUE, target))));
                if (i == 3) {
                    evidence.publish("SPRING", 1, year4Writing(68.0));
                }
            }
            for (java.util.concurrent.Future<Item> create : creates) {
                String id = create.get().id();
                // every milestone is evaluated: by its create (results already held) or by the consumer (not yet)
                await().atMost(DEADLINE).until(() -> milestone(id).get("status"), "MET"::equals);
            }
        } finally {
            leaders.shutdownNow();
        }
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsReasonAndLaterEventsStillFlow() {
        Item spring = milestone(action("Modelled writing in Year 4"), School.trackingMilestone("SPRING", SPRING_DUE, 65));
        String subject = "schools/" + school.id + "/termly-results/2026-27/SPRING";

        List<Map<String, Object>> history = new ArrayList<>(year4Writing(68.0));
        history.add(row(4, "HISTORY", "ALL", 90, 70.0));
        UUID unknownSubject = evidence.sendUnchecked(Evidence.TRACKING, Evidence.RESULTS, subject,
                Evidence.resultsData(school.trust, school.id, "SPRING", 1, history), UUID.randomUUID());
        Map<String, Object> versionZero = new LinkedHashMap<>(Evidence.resultsData(school.trust, school.id, "SPRING", 0, year4Writing(68.0)));
        UUID badVersion = evidence.sendUnchecked(Evidence.TRACKING, Evidence.RESULTS, subject, versionZero, UUID.randomUUID());
        Map<String, Object> otherTrust = Evidence.resultsData(UUID.randomUUID(), school.id, "SPRING", 1, year4Writing(68.0));
        UUID wrongTrust = evidence.sendUnchecked(Evidence.TRACKING, Evidence.RESULTS, subject, otherTrust, UUID.randomUUID());
        UUID good = evidence.publish("SPRING", 1, year4Writing(68.0));

        Item met = awaitStatus(spring.id(), "MET");
        assertEquals(good.toString(), met.get("evidence.sourceEventId"), "the partition kept flowing");
        assertTrue(dlqReason(unknownSubject).contains("results[3].subject: \"HISTORY\" is not one of READING, WRITING, MATHS"),
                dlqReason(unknownSubject));
        assertTrue(dlqReason(badVersion).contains("version: must be ≥ 1"), dlqReason(badVersion));
        assertTrue(dlqReason(wrongTrust).contains("trustId: must equal the envelope's trustid"), dlqReason(wrongTrust));
        assertEquals(List.of("MET"), ok(school.leader().get("/api/v1/milestones/" + spring.id() + "/evaluations"))
                .json().getList("items.status"), "nothing half-applied from the poison events");
    }

    @Test
    void aReviewersOverrideStaysInForceAndTheMeasuresEvaluationIsRecordedUnderneath() throws Exception {
        Item spring = milestone(action("Modelled writing in Year 4"), School.trackingMilestone("SPRING", SPRING_DUE, 65));
        Item overridden = ok(school.leader().header("If-Match", spring.etag())
                .body(Map.of("status", "AT_RISK", "reason", "Spring writing is not yet moderated across the trust"))
                .put("/api/v1/milestones/" + spring.id() + "/status"));
        assertEquals("AT_RISK", overridden.get("status"));

        UUID published = evidence.publish("SPRING", 1, year4Writing(68.0));
        Item after = await().atMost(DEADLINE).until(() -> milestone(spring.id()), m -> "MET".equals(m.get("measureStatus")));
        assertEquals("AT_RISK", after.get("status"), "the override stays in force");
        assertEquals("Spring writing is not yet moderated across the trust", after.get("override.reason"));
        assertEquals(published.toString(), after.get("evidence.sourceEventId"));
        JsonPath trail = ok(school.leader().get("/api/v1/milestones/" + spring.id() + "/evaluations")).json();
        assertEquals(List.of("AT_RISK", "AT_RISK"), trail.getList("items.status"));
        assertEquals(List.of("NOT_DUE", "MET"), trail.getList("items.measureStatus"));
        assertEquals(List.of("NOT_DUE>AT_RISK"), transitions(statusChanges(spring.id(), 1)), "the shown status did not change");
    }

    @Test
    void severalYearGroupsCombineFromCountsNeverAveragedPercentages() {
        String action = action("Arithmetic and reading across key stage 2");
        // Year 3: 18 of 30 at expected (60%); Year 4: 16 of 20 (80%). 34 of 50 = 68%, not the 70% an average would say
        Item maths = milestone(action, tracking("At least 69% of Years 3 and 4 at or above expected in maths", "SPRING", SPRING_DUE,
                "MATHS", List.of(3, 4), "ALL", "PCT_AT_OR_ABOVE_EXPECTED", 69));
        // published figures only: Year 5 average 100 over 10 pupils, Year 6 average 106 over 30: 104.5, not 103
        Item reading = milestone(action, tracking("Average scaled score of at least 104 in reading in Years 5 and 6", "SPRING",
                SPRING_DUE, "READING", List.of(5, 6), "ALL", "AVG_SCALED_SCORE", 104));
        UUID published = evidence.publish("SPRING", 1, List.of(
                row(3, "MATHS", "ALL", 30, 60.0), row(4, "MATHS", "ALL", 20, 80.0),
                publishedRow(5, "READING", "ALL", 10, 70.0, 100.0), publishedRow(6, "READING", "ALL", 30, 80.0, 106.0)));

        Item notMet = awaitStatus(maths.id(), "NOT_MET");
        assertEquals("NOT_MET: 68% of pupils in Years 3–4 (50) at or above expected in maths, spring 2026-27, target ≥ 69%, from event "
                + published, notMet.get("evidence.explanation"));
        Item met = awaitStatus(reading.id(), "MET");
        assertEquals("MET: average scaled score 104.5 for pupils in Years 5–6 (40) in reading, spring 2026-27, target ≥ 104, from event "
                + published, met.get("evidence.explanation"));
    }

    @Test
    void anotherSchoolsEvidenceNeverMovesThisSchoolsMilestones() {
        String action = action("Modelled writing in Year 4");
        Item spring = milestone(action, School.trackingMilestone("SPRING", SPRING_DUE, 65));
        Item marking = milestone(action, School.monitoringMilestone("SPRING", SPRING_DUE));

        Evidence otherSchool = evidence.of(school.trust, school.other);
        Evidence otherTrust = evidence.of(UUID.randomUUID(), school.id);
        UUID results = otherSchool.publish("SPRING", 1, year4Writing(90.0));
        // a finding of another school (and one of another trust) naming this school's milestone
        UUID finding = otherSchool.record(otherSchool.finding(UUID.randomUUID(), 1, "WORK_SCRUTINY", "SPRING", "2027-01-18",
                List.of("developmental-marking"), 1, List.of(marking.id())));
        UUID foreign = otherTrust.record(otherTrust.finding(UUID.randomUUID(), 1, "WORK_SCRUTINY", "SPRING", "2027-01-18",
                List.of("developmental-marking"), 1, List.of(marking.id())));
        UUID foreignResults = otherTrust.publish("SPRING", 1, year4Writing(90.0));
        List.of(results, finding, foreign, foreignResults).forEach(this::awaitProcessed);

        assertEquals("NOT_DUE", milestone(spring.id()).get("status"));
        assertEquals("NOT_DUE", milestone(marking.id()).get("status"));
        assertEquals(List.of(), ok(school.leader().get("/api/v1/milestones/" + marking.id() + "/evaluations")).json().getList("items"));
    }

    @Test
    void eventsThatAreNotEvidenceAreSkipped() {
        Item spring = milestone(action("Modelled writing in Year 4"), School.trackingMilestone("SPRING", SPRING_DUE, 65));
        List<UUID> skipped = new ArrayList<>();
        for (String type : List.of("org.goldenthread.tracking.assessment-recorded.v1", "org.goldenthread.monitoring.activity-completed.v1")) {
            JsonNode example = Evidence.example(type);
            Map<String, Object> data = json.convertValue(example.path("data"), Map.class);
            data.put("trustId", school.trust.toString());
            data.put("schoolId", school.id.toString());
            skipped.add(evidence.send(type.contains(".tracking.") ? Evidence.TRACKING : Evidence.MONITORING, type,
                    example.path("subject").asText(), data, UUID.randomUUID()));
        }
        // evidence sent after them on the same topics and key: once it is applied, the others were passed over
        UUID laterResults = evidence.publish("AUTUMN", 1, List.of(row(6, "READING", "ALL", 30, 70.0)));
        UUID laterFinding = evidence.record(evidence.finding(UUID.randomUUID(), 1, "LEARNING_WALK", "AUTUMN", "2026-10-12",
                List.of("phonics"), 2, List.of()));
        List.of(laterResults, laterFinding).forEach(this::awaitProcessed);

        skipped.forEach(id -> assertFalse(processed.isProcessed(id), "a skipped event costs no processed-event row"));
        assertEquals("NOT_DUE", milestone(spring.id()).get("status"));
    }

    // ---------------------------------------------------------------- helpers

    /** A draft plan of this school with one priority and one action; returns the action's id. */
    private String action(String title) {
        Item plan = created(school.leader().body(School.plan(school.id, "Improvement plan 2026-27")).post("/api/v1/plans"));
        planId = plan.id();
        Item priority = created(school.leader().body(School.priority("Raise attainment in writing"))
                .post("/api/v1/plans/" + plan.id() + "/priorities"));
        return created(school.leader().body(School.action(title)).post("/api/v1/priorities/" + priority.id() + "/actions")).id();
    }

    private Item milestone(String actionId, Map<String, Object> body) {
        return created(school.leader().body(body).post("/api/v1/actions/" + actionId + "/milestones"));
    }

    private Item milestone(String id) {
        return ok(school.leader().get("/api/v1/milestones/" + id));
    }

    static Map<String, Object> tracking(String title, String term, String due, String subject, List<Integer> years,
                                        String group, String metric, Number target) {
        return Map.of("title", title, "academicYear", "2026-27", "term", term, "dueDate", due,
                "measure", Map.of("type", "TRACKING", "subject", subject, "yearGroups", years, "pupilGroup", group,
                        "metric", metric, "comparator", "AT_LEAST", "target", target));
    }

    static Map<String, Object> monitoring(String title, String term, String due, String activityType, String focusTag,
                                          int threshold) {
        return Map.of("title", title, "academicYear", "2026-27", "term", term, "dueDate", due,
                "measure", Map.of("type", "MONITORING", "activityType", activityType, "focusTag", focusTag,
                        "judgementThreshold", threshold));
    }

    private Item awaitStatus(String milestoneId, String status) {
        return await().atMost(DEADLINE).until(() -> milestone(milestoneId), m -> status.equals(m.get("status")));
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(DEADLINE).until(() -> processed.isProcessed(eventId));
    }

    private String dlqReason(UUID eventId) {
        ConsumerRecord<String, String> dead = await().atMost(DEADLINE)
                .until(() -> evidence.find(Evidence.TRACKING + ".dlq", r -> r.value().contains(eventId.toString())), r -> r != null);
        assertNotNull(dead.headers().lastHeader("dlq-reason"));
        assertEquals(Evidence.TRACKING, new String(dead.headers().lastHeader("dlq-original-topic").value(), StandardCharsets.UTF_8));
        return new String(dead.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8);
    }

    private static List<String> transitions(List<JsonNode> changes) {
        return changes.stream().map(e -> e.path("data").path("previousStatus").asText() + ">" + e.path("data").path("status").asText())
                .toList();
    }

    /** The milestone's milestone-status-changed events in the feed, in order, once there are {@code expected} of them. */
    List<JsonNode> statusChanges(String milestoneId, int expected) throws Exception {
        List<JsonNode> found = await().atMost(DEADLINE).until(() -> feed(milestoneId), e -> e.size() >= expected);
        assertEquals(expected, found.size(), () -> "milestone-status-changed events: " + found);
        return found;
    }

    private List<JsonNode> feed(String milestoneId) throws Exception {
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
