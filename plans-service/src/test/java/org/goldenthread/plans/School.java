package org.goldenthread.plans;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A trust and its schools for one test class, with a token per persona and builders for the
 * requests a school makes again and again. Every test class gets fresh ids, so classes sharing the
 * one database never see each other's plans.
 */
public final class School {
    public final UUID trust = UUID.randomUUID();
    public final UUID id = UUID.randomUUID();
    public final UUID other = UUID.randomUUID();

    /** What a create or read answered: the id, the ETag and the body. */
    public record Item(String id, String etag, JsonPath json) {
        public String get(String path) {
            return json.getString(path);
        }
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    public RequestSpecification leader() {
        return as(DevTokens.schoolUser("SCHOOL_LEADER", trust, id));
    }

    public RequestSpecification otherLeader() {
        return as(DevTokens.schoolUser("SCHOOL_LEADER", trust, other));
    }

    public RequestSpecification governor() {
        return as(DevTokens.schoolUser("GOVERNOR", trust, id));
    }

    public RequestSpecification teacher() {
        return as(DevTokens.schoolUser("TEACHER", trust, id));
    }

    public static String teacherId(UUID school) {
        return "teacher@" + school;
    }

    public RequestSpecification subjectLeader() {
        return as(DevTokens.schoolUser("SUBJECT_LEADER", trust, id));
    }

    public RequestSpecification trustLeader() {
        return as(DevTokens.trustUser("TRUST_LEADER", trust, id, other));
    }

    public RequestSpecification analytics() {
        return as(DevTokens.trustUser("ANALYTICS", trust, id, other));
    }

    public static Item created(Response response) {
        assertEquals(201, response.statusCode(), () -> "expected 201 but got " + response.statusCode() + ": " + response.asString());
        return new Item(response.jsonPath().getString("id"), response.header("ETag"), response.jsonPath());
    }

    public static Item ok(Response response) {
        assertEquals(200, response.statusCode(), () -> "expected 200 but got " + response.statusCode() + ": " + response.asString());
        return new Item(response.jsonPath().getString("id"), response.header("ETag"), response.jsonPath());
    }

    // ---------------------------------------------------------------- request bodies

    public static Map<String, Object> plan(UUID school, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", school);
        body.put("title", title);
        body.put("academicYear", "2026-27");
        body.put("layer", "STRATEGIC");
        body.put("selfEvaluationLinks", List.of(Map.of("title", "Self-evaluation summer 2026",
                "summary", "Writing at expected in Year 4 trails reading by 14 points")));
        body.put("inspectionKeyIssues", List.of());
        return body;
    }

    public static Map<String, Object> priority(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("area", "QUALITY_OF_EDUCATION");
        body.put("rationale", "Summer 2026 results");
        body.put("lead", "Deputy headteacher");
        return body;
    }

    public static Map<String, Object> action(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("lead", "English lead");
        body.put("startDate", "2026-09-07");
        body.put("dueDate", "2027-07-16");
        body.put("resources", Map.of("budgetPence", 50000, "time", "Two staff meetings"));
        body.put("monitoring", "Half-termly book looks by the English lead");
        return body;
    }

    public static Map<String, Object> trackingMilestone(String term, String dueDate, int target) {
        return Map.of("title", "At least " + target + "% of disadvantaged Year 4 pupils at or above expected in writing",
                "academicYear", "2026-27", "term", term, "dueDate", dueDate,
                "measure", Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(4),
                        "pupilGroup", "DISADVANTAGED", "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST",
                        "target", target));
    }

    public static Map<String, Object> monitoringMilestone(String term, String dueDate) {
        return Map.of("title", "Work scrutiny finds next steps acted on in Year 4 books",
                "academicYear", "2026-27", "term", term, "dueDate", dueDate,
                "measure", Map.of("type", "MONITORING", "activityType", "WORK_SCRUTINY", "focusTag", "developmental-marking",
                        "judgementThreshold", 2, "subject", "WRITING"));
    }

    // ---------------------------------------------------------------- shortcuts

    /** A draft strategic plan of this school with one priority, one action and one milestone. */
    public Item planWithOneOfEach(String title) {
        Item plan = created(leader().body(plan(id, title)).post("/api/v1/plans"));
        Item priority = created(leader().body(priority("Raise attainment in writing")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item action = created(leader().body(action("Modelled writing in Year 4")).post("/api/v1/priorities/" + priority.id() + "/actions"));
        created(leader().body(trackingMilestone("SPRING", "2027-03-26", 65)).post("/api/v1/actions/" + action.id() + "/milestones"));
        return ok(leader().get("/api/v1/plans/" + plan.id()));
    }
}
