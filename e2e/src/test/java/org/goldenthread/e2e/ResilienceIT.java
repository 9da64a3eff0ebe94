package org.goldenthread.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.goldenthread.devstack.GoldenThreadSystem;
import org.goldenthread.e2e.support.Api;
import org.goldenthread.e2e.support.Journeys;
import org.goldenthread.e2e.support.RunningSystem;
import org.goldenthread.e2e.support.Tenants;
import org.goldenthread.e2e.support.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.goldenthread.e2e.support.Journeys.trackingMeasure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events survive what production does to them: delivered twice, a consumer killed with SIGKILL in
 * the middle of a stream, the broker away while writes go on. Nothing is lost, nothing doubled.
 */
class ResilienceIT {
    private static final String PUBLISHED = "org.goldenthread.tracking.termly-results-published.v1";
    private static final String CHANGED = "org.goldenthread.plans.milestone-status-changed.v1";

    private static GoldenThreadSystem system;
    private static Api api;
    private static Journeys journeys;
    private static Topics topics;

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
        api = new Api(system.gateway());
        journeys = new Journeys(api);
        topics = new Topics(system.kafka().bootstrapServers());
    }

    /** One school's milestone "≥ 50% of Year y at or above expected in writing" due in the term. */
    private record Case(Tenants.Trust trust, int school, String milestone, int yearGroup) {
        String leader() {
            return trust.token("school-leader:" + school);
        }

        String schoolId() {
            return trust.school(school).id();
        }
    }

    private static List<Case> milestones(Tenants.Trust trust, String term, int... yearGroups) {
        List<Case> cases = new ArrayList<>();
        for (int s = 0; s < trust.schools().size(); s++) {
            String leader = trust.token("school-leader:" + s);
            String action = journeys.planWithAction(leader, trust.school(s).id(), "Resilience plan " + s);
            for (int y : yearGroups) {
                cases.add(new Case(trust, s, journeys.milestone(leader, action, "Half of Year " + y + " at expected in writing",
                        term, "2026-12-18", trackingMeasure("WRITING", y, "ALL", 50)), y));
            }
        }
        return cases;
    }

    private static void assertEachMovedOnce(List<Case> cases, String status) {
        for (Case c : cases) {
            journeys.awaitStatus(c.leader(), c.milestone(), status);
        }
        Map<String, Long> changes = journeys.feed("/api/v1/plans/events?type=" + CHANGED, cases.get(0).trust().token("analytics"))
                .stream().collect(Collectors.groupingBy(e -> e.path("data").path("milestoneId").asText(), Collectors.counting()));
        for (Case c : cases) {
            List<JsonNode> evaluations = journeys.evaluations(c.leader(), c.milestone()).stream()
                    .filter(e -> !e.path("sourceEventId").asText().isBlank()).toList();
            assertEquals(1, evaluations.size(), "evaluated exactly once from events: " + evaluations);
            assertEquals(1L, changes.getOrDefault(c.milestone(), 0L), "one milestone-status-changed for " + c.milestone());
        }
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        Tenants.Trust trust = Tenants.create(system, "Redelivery", 1);
        Case c = milestones(trust, "AUTUMN", 3).get(0);
        journeys.importCohort(trust.token("mis"), c.schoolId(), 3, 10, 8, 10, 8, "AUTUMN");
        journeys.publish(c.leader(), c.schoolId(), "AUTUMN");
        journeys.awaitStatus(c.leader(), c.milestone(), "MET");

        ConsumerRecord<String, String> published = topics.readAll("tracking.events").stream()
                .filter(r -> r.key().equals(c.schoolId()) && r.value().contains(PUBLISHED))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("the published results never reached Kafka"));
        String eventId = Api.json().readTree(published.value()).path("id").asText();

        // the same record again, as a redelivery after a crash would bring it; then a later event of the
        // same school (same key, same partition): once that is applied, the duplicate has been passed
        topics.produce("tracking.events", published.key(), published.value());
        String action = journeys.planWithAction(c.leader(), c.schoolId(), "Summer plan");
        String summer = journeys.milestone(c.leader(), action, "Half of Year 5 at expected in writing by summer",
                "SUMMER", "2027-07-16", trackingMeasure("WRITING", 5, "ALL", 50));
        journeys.importCohort(trust.token("mis"), c.schoolId(), 5, 10, 2, 10, 2, "SUMMER");
        journeys.publish(c.leader(), c.schoolId(), "SUMMER");
        journeys.awaitStatus(c.leader(), summer, "NOT_MET");

        List<JsonNode> fromTheEvent = journeys.evaluations(c.leader(), c.milestone()).stream()
                .filter(e -> e.path("sourceEventId").asText().equals(eventId)).toList();
        assertEquals(1, fromTheEvent.size(), "the redelivered event must not be applied again: " + fromTheEvent);
        assertTrue(inboxDuplicates() >= 1, "plans-service saw the duplicate and skipped it");
    }

    /** plans-service's own count of redelivered events it recognised (its Prometheus metrics). */
    private static double inboxDuplicates() {
        Api direct = new Api(system.service("plans").url());
        return direct.get("/q/metrics", null).expect(200).body().lines()
                .filter(l -> l.startsWith("goldenthread_inbox_duplicates_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void killingPlansServiceMidStreamLosesNothingAndDoublesNothing() {
        Tenants.Trust trust = Tenants.create(system, "Kill -9", 4);
        List<Case> cases = milestones(trust, "AUTUMN", 2, 4, 6);
        for (int s = 0; s < trust.schools().size(); s++) {
            for (int y : new int[] {2, 4, 6}) {
                journeys.importCohort(trust.token("mis"), trust.school(s).id(), y, 6, 4, 6, 4, "AUTUMN");
            }
        }
        journeys.publish(cases.get(0).leader(), trust.school(0).id(), "AUTUMN");
        system.service("plans").kill();
        for (int s = 1; s < trust.schools().size(); s++) {
            journeys.publish(trust.token("school-leader:" + s), trust.school(s).id(), "AUTUMN");
        }
        system.service("plans").start().awaitReady(Duration.ofMinutes(2));

        assertEachMovedOnce(cases, "MET");
    }

    @Test
    void writesGoOnWhileTheBrokerIsAwayAndTheirEventsArePublishedWhenItIsBack() {
        Tenants.Trust trust = Tenants.create(system, "Broker away", 3);
        List<Case> cases = milestones(trust, "AUTUMN", 3);
        for (int s = 0; s < trust.schools().size(); s++) {
            journeys.importCohort(trust.token("mis"), trust.school(s).id(), 3, 8, 5, 8, 5, "AUTUMN");
        }

        system.kafka().stop();
        Instant back = Instant.now().plusSeconds(30);
        Set<String> publishedWhileAway = new java.util.HashSet<>();
        try {
            int s = 0;
            // writes keep succeeding for the 30 seconds the broker is away
            while (Instant.now().isBefore(back)) {
                if (s < trust.schools().size()) {
                    journeys.publish(trust.token("school-leader:" + s), trust.school(s).id(), "AUTUMN");
                    publishedWhileAway.add(trust.school(s).id());
                    s++;
                } else {
                    api.get("/api/v1/milestones/" + cases.get(0).milestone(), cases.get(0).leader()).expect(200);
                }
                await(Duration.ofSeconds(1));
            }
        } finally {
            system.kafka().start();
        }
        assertEquals(trust.schools().size(), publishedWhileAway.size());

        assertEachMovedOnce(cases, "MET");
        Map<String, Long> onKafka = new HashMap<>();
        topics.readAll("tracking.events").stream().filter(r -> publishedWhileAway.contains(r.key()) && r.value().contains(PUBLISHED))
                .forEach(r -> onKafka.merge(r.key(), 1L, Long::sum));
        assertEquals(publishedWhileAway, onKafka.keySet(), "every school's results reached Kafka once the broker was back");
    }

    /** Paces the writes while the broker is away: waits on a condition that only time satisfies. */
    private static void await(Duration pause) {
        Instant until = Instant.now().plus(pause);
        org.awaitility.Awaitility.await().atMost(pause.plusSeconds(1)).until(() -> Instant.now().isAfter(until));
    }
}
