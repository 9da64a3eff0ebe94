package org.goldenthread.plans;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plan and trust summaries roll RAG up from milestones and overdue actions, and count and add up the rest. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class SummaryTest {
    private final School school = new School();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    MilestoneService milestones;
    @Inject
    EntityManager em;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void ragRollsUpFromMilestonesAndOverdueActions() {
        Item plan = created(school.leader().body(School.plan(school.id, "Summarised plan")).post("/api/v1/plans"));
        Item writing = created(school.leader().body(School.priority("Writing")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item maths = created(school.leader().body(School.priority("Maths")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        created(school.leader().body(School.priority("Not yet planned")).post("/api/v1/plans/" + plan.id() + "/priorities"));

        Item late = created(school.leader().body(action("Writing moderation", today.minusDays(3), "IN_PROGRESS", 10_000))
                .post("/api/v1/priorities/" + writing.id() + "/actions"));
        Item soon = created(school.leader().body(action("Arithmetic quizzes", today.plusDays(7), "NOT_STARTED", 25_000))
                .post("/api/v1/priorities/" + maths.id() + "/actions"));
        created(school.leader().body(action("Maths hub work group", today.minusDays(30), "COMPLETED", 5_000))
                .post("/api/v1/priorities/" + maths.id() + "/actions"));
        Item writingMilestone = created(school.leader().body(School.trackingMilestone("SUMMER", "2027-07-16", 70))
                .post("/api/v1/actions/" + late.id() + "/milestones"));
        Item mathsMilestone = created(school.leader().body(School.trackingMilestone("AUTUMN", "2026-12-18", 60))
                .post("/api/v1/actions/" + soon.id() + "/milestones"));
        created(school.leader().body(School.trackingMilestone("SPRING", "2027-03-26", 65)).post("/api/v1/actions/" + soon.id() + "/milestones"));
        evidence(mathsMilestone.id(), "72", Term.AUTUMN);   // MET
        evidence(writingMilestone.id(), "48", Term.AUTUMN); // AT_RISK before its summer due term

        JsonPath summary = ok(school.governor().get("/api/v1/plans/" + plan.id() + "/summary")).json();
        assertEquals("AMBER", summary.getString("rag"));
        assertEquals(List.of("AMBER", "GREEN", "NONE"), summary.getList("priorities.rag"));
        assertEquals(List.of("1", "2", "3"), summary.getList("priorities.number"));
        assertEquals(Map.of("notDue", 1, "onTrack", 0, "atRisk", 1, "met", 1, "notMet", 0, "total", 3), summary.getMap("milestones"));
        assertEquals(Map.of("total", 3, "completed", 1, "overdue", 1, "dueSoon", 1), summary.getMap("actions"));
        assertEquals(40_000, summary.getLong("budgetPence"));
        assertEquals(List.of(10_000, 30_000, 0), summary.getList("priorities.budgetPence"));
        assertEquals(1, summary.getList("overdueActions").size());
        assertEquals("1.1", summary.getString("overdueActions[0].number"));
        assertEquals(3, summary.getInt("overdueActions[0].daysOverdue"));
        assertEquals(today.toString(), summary.getString("asOf"));

        // the action lists agree with the summary
        assertEquals(List.of(late.id()), school.leader().queryParam("planId", plan.id()).queryParam("overdue", true)
                .get("/api/v1/actions").jsonPath().getList("items.id"));
        assertEquals(List.of(soon.id()), school.leader().queryParam("planId", plan.id()).queryParam("dueSoon", true)
                .get("/api/v1/actions").jsonPath().getList("items.id"));
        assertEquals(List.of(true, false), List.of(ok(school.leader().get("/api/v1/actions/" + late.id())).json().getBoolean("overdue"),
                ok(school.leader().get("/api/v1/actions/" + soon.id())).json().getBoolean("overdue")));

        // a reviewer says the maths milestone was not met after all: maths goes red, and so does the plan
        Item met = ok(school.leader().get("/api/v1/milestones/" + mathsMilestone.id()));
        ok(school.leader().header("If-Match", met.etag()).body(Map.of("status", "NOT_MET", "reason", "Autumn data was not moderated"))
                .put("/api/v1/milestones/" + mathsMilestone.id() + "/status"));
        JsonPath after = ok(school.leader().get("/api/v1/plans/" + plan.id() + "/summary")).json();
        assertEquals("RED", after.getString("rag"));
        assertEquals("RED", after.getString("priorities[1].rag"));

        // the trust sees the same figures beside its other schools' plans; a school leader sees only theirs
        Item other = created(school.otherLeader().body(School.plan(school.other, "Other school's plan")).post("/api/v1/plans"));
        JsonPath trust = ok(school.trustLeader().queryParam("academicYear", "2026-27").get("/api/v1/plans/trust-summary")).json();
        assertEquals(2, trust.getList("plans").size());
        assertEquals("RED", trust.getString("plans.find { it.planId == '" + plan.id() + "' }.rag"));
        assertEquals("NONE", trust.getString("plans.find { it.planId == '" + other.id() + "' }.rag"));
        assertEquals(Map.of("NONE", 1, "GREEN", 0, "AMBER", 0, "RED", 1), trust.getMap("planRags"));
        assertEquals(40_000, trust.getLong("budgetPence"));
        assertEquals(3, trust.getInt("milestones.total"));
        assertEquals(Map.of("NONE", 1, "GREEN", 0, "AMBER", 1, "RED", 1),
                trust.getMap("plans.find { it.planId == '" + plan.id() + "' }.priorityRags"));
        JsonPath mine = ok(school.leader().get("/api/v1/plans/trust-summary")).json();
        assertEquals(List.of(plan.id()), mine.getList("plans.planId"));
    }

    @Test
    void theSummaryFollowsEveryChangeMadeAfterItWasRead() {
        Item plan = created(school.leader().body(School.plan(school.id, "Plan read often")).post("/api/v1/plans"));
        Item writing = created(school.leader().body(School.priority("Writing")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item late = created(school.leader().body(action("Writing moderation", today.minusDays(3), "IN_PROGRESS", 10_000))
                .post("/api/v1/priorities/" + writing.id() + "/actions"));
        Item milestone = created(school.leader().body(School.trackingMilestone("AUTUMN", "2026-12-18", 60))
                .post("/api/v1/actions/" + late.id() + "/milestones"));
        String path = "/api/v1/plans/" + plan.id() + "/summary";
        JsonPath first = ok(school.leader().get(path)).json();
        assertEquals(1, first.getInt("actions.overdue"));
        assertEquals(1, first.getInt("milestones.notDue"));
        assertEquals("AMBER", first.getString("rag"));
        double reused = metrics.counter("goldenthread.plans.summary.reused").count();
        assertEquals(first.getMap(""), ok(school.leader().get(path)).json().getMap(""), "read twice, unchanged");
        assertEquals(reused + 1, metrics.counter("goldenthread.plans.summary.reused").count(), "the second read reused the first");

        // the action is done: no longer overdue
        ok(school.leader().header("If-Match", late.etag()).body(Map.of("status", "COMPLETED")).put("/api/v1/actions/" + late.id() + "/status"));
        JsonPath done = ok(school.leader().get(path)).json();
        assertEquals(Map.of("total", 1, "completed", 1, "overdue", 0, "dueSoon", 0), done.getMap("actions"));
        assertEquals("NONE", done.getString("rag"));

        // evidence from an event (another transaction, as the consumer's) moves the milestone
        evidence(milestone.id(), "72", Term.AUTUMN);
        JsonPath met = ok(school.leader().get(path)).json();
        assertEquals(1, met.getInt("milestones.met"));
        assertEquals("GREEN", met.getString("rag"));

        // a new priority and a new title
        created(school.leader().body(School.priority("Maths")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item current = ok(school.leader().get("/api/v1/plans/" + plan.id()));
        ok(school.leader().header("If-Match", current.etag()).body(School.plan(school.id, "Plan read often, renamed"))
                .put("/api/v1/plans/" + plan.id()));
        JsonPath renamed = ok(school.leader().get(path)).json();
        assertEquals(List.of("1", "2"), renamed.getList("priorities.number"));
        assertEquals("Plan read often, renamed", renamed.getString("title"));

        // a summary already made is no way round tenancy
        school.otherLeader().get(path).then().statusCode(404);
    }

    private void evidence(String milestoneId, String value, Term term) {
        QuarkusTransaction.requiringNew().run(() -> milestones.applyEvidence(em.find(Milestone.class, UUID.fromString(milestoneId)),
                Optional.of(new Observation(new BigDecimal(value), new TermOfYear("2026-27", term), 30, UUID.randomUUID(),
                        "org.goldenthread.tracking.termly-results-published.v1"))));
    }

    private static Map<String, Object> action(String title, LocalDate due, String status, long budget) {
        Map<String, Object> body = School.action(title);
        body.put("startDate", due.minusMonths(2).toString());
        body.put("dueDate", due.toString());
        body.put("status", status);
        body.put("resources", Map.of("budgetPence", budget));
        return body;
    }
}
