package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input is a 400 naming the field and writes nothing; creates honour Idempotency-Key; lists page and filter. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class RequestRulesTest {
    private final School school = new School();

    @Test
    void invalidMeasuresAndPlansAreRejectedNamingTheField() {
        Item plan = school.planWithOneOfEach("Plan for bad input");
        String action = school.leader().queryParam("planId", plan.id()).get("/api/v1/actions").jsonPath().getString("items[0].id");
        school.leader().body(Map.of("title", "Gap closes", "academicYear", "2026-27", "term", "SUMMER", "dueDate", "2027-07-16",
                        "measure", Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(4), "pupilGroup", "ALL",
                                "metric", "GAP_DISADVANTAGED", "comparator", "AT_LEAST", "target", -5)))
                .post("/api/v1/actions/" + action + "/milestones").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("measure.pupilGroup"));
        school.leader().body(Map.of("title", "Scaled score", "academicYear", "2026-27", "term", "SUMMER", "dueDate", "2027-07-16",
                        "measure", Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(6),
                                "metric", "AVG_SCALED_SCORE", "comparator", "AT_LEAST", "target", 130)))
                .post("/api/v1/actions/" + action + "/milestones").then().statusCode(400)
                .body("errors.field", hasItems("measure.subject", "measure.target"));
        school.leader().body(Map.of("title", "Scrutiny", "academicYear", "2026-27", "term", "SUMMER", "dueDate", "2026-07-16",
                        "measure", Map.of("type", "MONITORING", "activityType", "WORK_SCRUTINY", "focusTag", "Developmental Marking")))
                .post("/api/v1/actions/" + action + "/milestones").then().statusCode(400)
                .body("errors.field", hasItems("measure.focusTag"));
        school.leader().body(Map.of("title", "Scrutiny", "academicYear", "2026-27", "term", "SUMMER", "dueDate", "2026-07-16",
                        "measure", Map.of("type", "MONITORING", "activityType", "WORK_SCRUTINY", "focusTag", "marking", "judgementThreshold", 2,
                                "target", 50)))
                .post("/api/v1/actions/" + action + "/milestones").then().statusCode(400)
                .body("errors.field", hasItems("dueDate", "measure.target"));
        school.leader().body(Map.of("title", "Unknown metric", "academicYear", "2026-27", "term", "SUMMER", "dueDate", "2027-07-16",
                        "measure", Map.of("type", "TRACKING", "metric", "PCT_HAPPY")))
                .post("/api/v1/actions/" + action + "/milestones").then().statusCode(400)
                .body("errors[0].field", equalTo("measure.metric")).body("errors[0].message", containsString("PCT_AT_OR_ABOVE_EXPECTED"));
        Map<String, Object> badPlan = School.plan(school.id, " ");
        badPlan.put("academicYear", "2026-28");
        badPlan.put("layer", "SUBJECT");
        school.leader().body(badPlan).post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("title"));
        badPlan.put("title", "Maths plan");
        school.leader().body(badPlan).post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItems("academicYear", "focus"));
        Map<String, Object> dates = School.action("Backwards");
        dates.put("startDate", "2027-01-10");
        dates.put("dueDate", "2026-12-01");
        String priority = school.leader().get("/api/v1/plans/" + plan.id() + "/priorities").jsonPath().getString("items[0].id");
        school.leader().body(dates).post("/api/v1/priorities/" + priority + "/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        Map<String, Object> unknownIssue = School.priority("Refers to nothing");
        unknownIssue.put("addressesKeyIssues", List.of("KI9"));
        school.leader().body(unknownIssue).post("/api/v1/plans/" + plan.id() + "/priorities").then().statusCode(400)
                .body("errors[0].field", equalTo("addressesKeyIssues[0]"));
        // nothing half-written: the plan still has its one priority and one milestone
        assertEquals(1, school.leader().get("/api/v1/plans/" + plan.id() + "/priorities").jsonPath().getList("items").size());
        assertEquals(1, school.leader().queryParam("planId", plan.id()).get("/api/v1/milestones").jsonPath().getList("items").size());
        school.leader().get("/api/v1/plans/not-a-plan").then().statusCode(404);
        school.leader().queryParam("limit", 0).get("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        school.leader().queryParam("after", "garbage!").get("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aRepeatedCreateWithTheSameKeyReturnsTheFirstPlan() {
        Map<String, Object> body = School.plan(school.id, "Plan sent twice");
        Response first = school.leader().header("Idempotency-Key", "sip-2026-27").body(body).post("/api/v1/plans");
        Item plan = created(first);
        Response again = school.leader().header("Idempotency-Key", "sip-2026-27").body(body).post("/api/v1/plans");
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(plan.id(), again.jsonPath().getString("id"));
        school.leader().header("Idempotency-Key", "sip-2026-27").body(School.plan(school.id, "Another plan")).post("/api/v1/plans")
                .then().statusCode(422).body("type", equalTo("urn:goldenthread:problem:idempotency-conflict"));
        assertEquals(1, school.leader().queryParam("schoolId", school.id).queryParam("academicYear", "2026-27").get("/api/v1/plans")
                .jsonPath().getList("items.title").stream().filter("Plan sent twice"::equals).count());
    }

    @Test
    void listsPageWithCursorsAndFilter() {
        for (int i = 1; i <= 3; i++) {
            created(school.leader().body(School.plan(school.id, "Plan " + i)).post("/api/v1/plans"));
        }
        Map<String, Object> old = School.plan(school.id, "Last year's plan");
        old.put("academicYear", "2025-26");
        created(school.leader().body(old).post("/api/v1/plans"));
        Item page1 = ok(school.leader().queryParam("schoolId", school.id).queryParam("academicYear", "2026-27").queryParam("limit", 2)
                .get("/api/v1/plans"));
        assertEquals(List.of("Plan 1", "Plan 2"), page1.json().getList("items.title"));
        String next = page1.json().getString("next");
        Item page2 = ok(school.leader().get(java.net.URI.create(next).getRawPath() + "?" + java.net.URI.create(next).getRawQuery()));
        assertEquals(List.of("Plan 3"), page2.json().getList("items.title"));
        assertEquals(null, page2.json().getString("next"));
        school.leader().queryParam("status", "ACTIVE").queryParam("schoolId", school.id).get("/api/v1/plans").then()
                .body("items", equalTo(List.of()));
        school.leader().queryParam("status", "FINISHED").get("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("DRAFT, APPROVED, ACTIVE, CLOSED"));
        school.leader().queryParam("schoolId", "school-a").get("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolId"));
        school.leader().queryParam("overdue", "maybe").get("/api/v1/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
    }
}
