package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A realistic plan through its whole life, from the NCETM secondary case study (School B, "Linking
 * to the Whole School Development Plan"): the SLT's whole-school plan with four broad headings,
 * the mathematics faculty's layer-2 plan under it with key areas Curriculum development, Teaching
 * and learning and Community links, aims, actions with their provision (time, money, CPD), who,
 * success criteria and review dates; approval, activation, a review, and closing at year end.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class PlanLifecycleTest {
    private final School school = new School();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ncetmFacultyPlanGoesFromDraftToClosed() throws Exception {
        // SLT: the whole-school plan with the four broad headings (layer 1)
        Map<String, Object> sip = School.plan(school.id, "School development plan 2026-27");
        sip.put("inspectionKeyIssues", List.of(Map.of("code", "KI1", "text", "Raise attainment in mathematics at KS4")));
        Item wholeSchool = created(school.leader().body(sip).post("/api/v1/plans"));
        List<String> headings = List.of("Curriculum development", "Teaching and learning", "Developing aspirations", "Community links");
        List<Item> slt = new ArrayList<>();
        for (String heading : headings) {
            Map<String, Object> p = School.priority(heading);
            p.put("area", "CUSTOM");
            p.put("customArea", heading);
            if (heading.equals("Teaching and learning")) {
                p.put("addressesKeyIssues", List.of("KI1"));
            }
            slt.add(created(school.leader().body(p).post("/api/v1/plans/" + wholeSchool.id() + "/priorities")));
        }
        assertEquals(List.of("1", "2", "3", "4"), slt.stream().map(p -> p.get("number")).toList());

        // The head of mathematics drafts the faculty plan guided by those areas (layer 2)
        Map<String, Object> faculty = School.plan(school.id, "Mathematics faculty improvement plan 2026-27");
        faculty.put("layer", "SUBJECT");
        faculty.put("focus", "Mathematics");
        faculty.put("parentPlanId", wholeSchool.id());
        faculty.put("selfEvaluationLinks", List.of(Map.of("title", "Mathematics department self-evaluation, July 2026",
                "summary", "Schemes of work are not objective-led; KS2 data reaches us too late for setting")));
        faculty.put("governorsRole", "The curriculum committee hears the faculty's review each term");
        Item plan = created(school.subjectLeader().body(faculty).post("/api/v1/plans"));
        assertEquals("DRAFT", plan.get("status"));

        Item curriculum = keyArea(plan, "Curriculum development", slt.get(0));
        Item teaching = keyArea(plan, "Teaching and learning", slt.get(1));
        Item community = keyArea(plan, "Community links", slt.get(3));
        assertEquals("1", ok(school.leader().get("/api/v1/priorities/" + curriculum.id())).get("supports.number"));
        assertEquals("4", ok(school.leader().get("/api/v1/priorities/" + community.id())).get("supports.number"));

        Item schemes = objective(curriculum, "Develop objective-driven schemes of work for two-tier GCSE",
                "Schemes of work in place for Years 10 and 11 and used in lesson planning by all 6 teachers");
        Item resources = objective(teaching, "Use quality resources to enhance teaching and learning",
                "GCSE 71% grade 4+; KS2 to KS4 expected progress 62%");
        Item primaries = objective(community, "Develop links with partner primary schools",
                "Reciprocal visits with all 4 partner primary schools by July 2027");

        Item sow = action(curriculum, schemes, "All staff involved in the review and development of schemes of work",
                "All and GF", null, "Fortnightly department meeting time", null, "2026-12-11");
        Item textbooks = action(curriculum, schemes, "Purchase of textbooks for Year 11", "PH", 120_000L, null, null, "2026-10-16");
        Item entryLevel = action(curriculum, schemes, "Investigate an Entry Level qualification in KS4 for relevant pupils",
                "PH to liaise with DC and TAs", null, null, "Entry Level course day for PH", "2027-02-12");
        Item rooms = action(teaching, resources, "Interactive whiteboard in Room 12, pattern blocks, cuisenaire rods, mini-whiteboards",
                "AT", 350_000L, null, null, "2027-03-26");
        Item revision = action(teaching, resources, "Underachievers identified, targeted and monitored; revision classes resourced and staffed",
                "AT and JK", 40_000L, "Revision sessions after school", null, "2027-03-26");
        Item visits = action(community, primaries, "Reciprocal visits with primary schools to observe teaching in the adjacent phase",
                "GF", null, "Two half-day visits each", null, "2027-06-18");
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "3.1"),
                List.of(sow, textbooks, entryLevel, rooms, revision, visits).stream().map(a -> a.get("number")).toList());

        Item sowAutumn = milestone(sow, Map.of("title", "Year 10 schemes of work written and shared", "academicYear", "2026-27",
                "term", "AUTUMN", "dueDate", "2026-12-11", "measure", Map.of("type", "MANUAL")));
        milestone(textbooks, Map.of("title", "Year 11 textbooks in use in every class", "academicYear", "2026-27",
                "term", "AUTUMN", "dueDate", "2026-10-16", "measure", Map.of("type", "MANUAL")));
        milestone(entryLevel, Map.of("title", "Decision on Entry Level entries taken with SLT", "academicYear", "2026-27",
                "term", "SPRING", "dueDate", "2027-02-12", "measure", Map.of("type", "MANUAL")));
        Item gcse = milestone(rooms, Map.of("title", "At least 71% of Year 11 at or above expected in maths in the spring mocks",
                "academicYear", "2026-27", "term", "SPRING", "dueDate", "2027-03-26",
                "measure", Map.of("type", "TRACKING", "subject", "MATHS", "yearGroups", List.of(11), "pupilGroup", "ALL",
                        "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", 71)));
        milestone(revision, Map.of("title", "Pupil conferencing finds revision classes well used by underachievers",
                "academicYear", "2026-27", "term", "SPRING", "dueDate", "2027-03-26",
                "measure", Map.of("type", "MONITORING", "activityType", "PUPIL_CONFERENCING", "focusTag", "revision-classes",
                        "judgementThreshold", 2)));
        milestone(visits, Map.of("title", "Visits to all 4 partner primaries completed", "academicYear", "2026-27",
                "term", "SUMMER", "dueDate", "2027-06-18", "measure", Map.of("type", "MANUAL")));
        assertEquals("2.1.1", gcse.get("number"));
        assertEquals("NOT_DUE", gcse.get("status"));
        assertTrue(gcse.get("evidence.explanation").startsWith("NOT_DUE: no published results yet for pupils in Year 11 in maths"),
                gcse.get("evidence.explanation"));

        // the plan meets every feature of an effective plan
        JsonPath quality = ok(school.leader().get("/api/v1/plans/" + plan.id() + "/quality-check")).json();
        assertTrue(quality.getBoolean("passed"), () -> quality.prettify());

        // a subject leader drafts but does not approve; the headteacher (school leader) does
        school.subjectLeader().header("If-Match", plan.etag()).post("/api/v1/plans/" + plan.id() + "/approve")
                .then().statusCode(403).contentType("application/problem+json");
        Item current = ok(school.leader().get("/api/v1/plans/" + plan.id()));
        Item approved = ok(school.leader().header("If-Match", current.etag())
                .body(Map.of("note", "Approved by SLT on 15 September 2026; funding requests linked to the plan"))
                .post("/api/v1/plans/" + plan.id() + "/approve"));
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("school_leader@" + school.id, approved.get("approval.approvedBy"));
        assertNotNull(approved.get("approval.approvedAt"));
        school.leader().header("If-Match", approved.etag()).post("/api/v1/plans/" + plan.id() + "/approve")
                .then().statusCode(409).body("detail", containsString("only a DRAFT plan can become APPROVED"));
        Item active = ok(school.leader().header("If-Match", approved.etag()).post("/api/v1/plans/" + plan.id() + "/activate"));
        assertEquals("ACTIVE", active.get("status"));

        // November: monitoring has taken place, a milestone is met, and the review records RAGs
        Item met = ok(school.subjectLeader().header("If-Match", sowAutumn.etag())
                .body(Map.of("status", "MET", "reason", "Year 10 schemes shared on the department drive; seen in lesson plans"))
                .put("/api/v1/milestones/" + sowAutumn.id() + "/status"));
        assertEquals("MET", met.get("status"));
        Item review = created(school.subjectLeader().body(Map.of("reviewedOn", "2026-11-27", "term", "AUTUMN",
                        "title", "November review", "progress", "Year 10 schemes written; textbooks bought",
                        "evaluation", "Schemes are used in planning; Entry Level still being investigated",
                        "impact", "Homework completion in KS4 up", "overallRag", "GREEN",
                        "ratings", List.of(Map.of("priorityId", curriculum.id(), "rag", "GREEN", "commentary", "On track"),
                                Map.of("priorityId", teaching.id(), "rag", "AMBER", "commentary", "Room 12 whiteboard delayed"),
                                Map.of("actionId", textbooks.id(), "rag", "GREEN"))))
                .post("/api/v1/plans/" + plan.id() + "/reviews"));
        assertEquals("1.2", review.json().getString("ratings.find { it.itemType == 'ACTION' }.number"));

        JsonPath summary = ok(school.governor().get("/api/v1/plans/" + plan.id() + "/summary")).json();
        assertEquals("GREEN", summary.getString("rag"));
        assertEquals(510_000L, summary.getLong("budgetPence"));
        assertEquals(120_000L, summary.getLong("priorities[0].budgetPence"));
        assertEquals(390_000L, summary.getLong("priorities[1].budgetPence"));
        assertEquals(1, summary.getInt("milestones.met"));
        assertEquals(5, summary.getInt("milestones.notDue"));
        assertEquals("AMBER", summary.getString("priorities[1].reviewRag"));
        assertEquals("Curriculum development", summary.getString("priorities[0].area"));

        // governors get the plan as a spreadsheet: a row per action with its provision and milestones
        String csv = school.governor().get("/api/v1/plans/" + plan.id() + "/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(7, lines.size(), csv);
        assertTrue(lines.get(2).startsWith("1,Curriculum development,Curriculum development,1a Develop objective-driven"), lines.get(2));
        assertTrue(lines.get(2).contains("1.2,Purchase of textbooks for Year 11,PH,"), lines.get(2));
        assertTrue(lines.get(2).contains(",1200.00,"), lines.get(2));
        assertTrue(lines.get(1).contains("1.1.1 Autumn 2026-27 (2026-12-11): Year 10 schemes of work written and shared [MET]"), lines.get(1));

        // July: the plan is closed and kept as it was
        Item closing = ok(school.leader().get("/api/v1/plans/" + plan.id()));
        Item closed = ok(school.leader().header("If-Match", closing.etag()).post("/api/v1/plans/" + plan.id() + "/close"));
        assertEquals("CLOSED", closed.get("status"));
        Item latestAction = ok(school.leader().get("/api/v1/actions/" + visits.id()));
        school.leader().header("If-Match", latestAction.etag()).body(School.action("Another visit"))
                .put("/api/v1/actions/" + visits.id()).then().statusCode(409).body("detail", containsString("closed"));
        school.leader().body(School.priority("Late addition")).post("/api/v1/plans/" + plan.id() + "/priorities")
                .then().statusCode(409);

        // the analytics feed carries each status change, each valid against the contract
        List<JsonNode> changes = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            changes.clear();
            JsonNode page = json.readTree(school.analytics()
                    .queryParam("type", "org.goldenthread.plans.plan-status-changed.v1").queryParam("limit", 500)
                    .get("/api/v1/plans/events").then().statusCode(200).extract().asString());
            page.path("items").forEach(e -> {
                if (e.path("data").path("planId").asText().equals(plan.id())) {
                    changes.add(e);
                }
            });
            assertEquals(3, changes.size());
        });
        assertEquals(List.of("DRAFT>APPROVED", "APPROVED>ACTIVE", "ACTIVE>CLOSED"), changes.stream()
                .map(e -> e.path("data").path("previousStatus").asText() + ">" + e.path("data").path("status").asText()).toList());
        for (JsonNode e : changes) {
            Contracts.assertValid(e);
            assertEquals(school.id.toString(), e.path("schoolid").asText());
            assertEquals("plans/" + plan.id(), e.path("subject").asText());
            assertEquals("SUBJECT", e.path("data").path("layer").asText());
        }
        assertFalse(changes.get(0).path("data").path("changedBy").asText().isBlank());
        assertEquals("Approved by SLT on 15 September 2026; funding requests linked to the plan", closed.get("approval.note"));
    }

    private Item keyArea(Item plan, String area, Item supports) {
        Map<String, Object> p = School.priority(area);
        p.put("area", "CUSTOM");
        p.put("customArea", area);
        p.put("parentPriorityId", supports.id());
        p.put("lead", "Head of mathematics (PH)");
        return created(school.subjectLeader().body(p).post("/api/v1/plans/" + plan.id() + "/priorities"));
    }

    private Item objective(Item priority, String aim, String successCriterion) {
        return created(school.subjectLeader().body(Map.of("title", aim, "successCriterion", successCriterion))
                .post("/api/v1/priorities/" + priority.id() + "/objectives"));
    }

    private Item action(Item priority, Item objective, String what, String who, Long money, String time, String cpd,
                        String reviewDate) {
        Map<String, Object> resources = new java.util.HashMap<>();
        if (money != null) {
            resources.put("budgetPence", money);
        }
        if (time != null) {
            resources.put("time", time);
        }
        if (cpd != null) {
            resources.put("cpd", cpd);
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", what, "objectiveId", objective.id(), "lead", who,
                "startDate", "2026-09-07", "dueDate", "2027-07-16", "reviewDate", reviewDate, "resources", resources,
                "monitoring", "Termly department review; lesson drop-ins by the head of faculty"));
        body.put("supportingStaff", List.of("Mathematics department"));
        return created(school.subjectLeader().body(body).post("/api/v1/priorities/" + priority.id() + "/actions"));
    }

    private Item milestone(Item action, Map<String, Object> body) {
        return created(school.subjectLeader().body(body).post("/api/v1/actions/" + action.id() + "/milestones"));
    }
}
