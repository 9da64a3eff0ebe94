package org.goldenthread.monitoring;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.notNullValue;

/**
 * A fresh trust with two schools for one test (ids are new each time, so tests never see each
 * other's data), with tokens for the people who use monitoring, and the requests tests repeat.
 */
public final class TrustFixture {
    public final UUID trust = UUID.randomUUID();
    public final UUID schoolA = UUID.randomUUID();
    public final UUID schoolB = UUID.randomUUID();

    public RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    public RequestSpecification leaderOfA() {
        return as(token("head@a", "SCHOOL_LEADER", schoolA));
    }

    public RequestSpecification leaderOfB() {
        return as(token("head@b", "SCHOOL_LEADER", schoolB));
    }

    /** The maths subject leader of school A: records monitoring, sees only their own confidential findings. */
    public RequestSpecification mathsLeaderOfA() {
        return as(token("maths-lead@a", "SUBJECT_LEADER", schoolA));
    }

    public RequestSpecification englishLeaderOfA() {
        return as(token("english-lead@a", "SUBJECT_LEADER", schoolA));
    }

    public RequestSpecification teacherOfA() {
        return as(token("teacher@a", "TEACHER", schoolA));
    }

    public RequestSpecification governorOfA() {
        return as(token("governor@a", "GOVERNOR", schoolA));
    }

    public RequestSpecification trustLeader() {
        return as(DevTokens.token("ceo@" + trust, List.of("TRUST_LEADER"), trust, List.of(schoolA, schoolB)));
    }

    public RequestSpecification analytics() {
        return as(DevTokens.token("analytics@" + trust, List.of("ANALYTICS"), trust, List.of(schoolA, schoolB)));
    }

    /** A leader of a school with the same id as school A, in another trust. */
    public RequestSpecification leaderInAnotherTrust() {
        return as(DevTokens.token("head@elsewhere", List.of("SCHOOL_LEADER"), UUID.randomUUID(), List.of(schoolA)));
    }

    public String token(String who, String role, UUID school) {
        return DevTokens.token(who + "." + trust, List.of(role), trust, List.of(school));
    }

    /** Plans an activity and answers its JSON. */
    public ValidatableResponse plan(RequestSpecification as, Map<String, Object> activity) {
        return as.body(activity).post("/api/v1/monitoring-activities").then().statusCode(201).body("id", notNullValue());
    }

    public static Map<String, Object> activity(UUID school, String type, String plannedOn, String subject, List<Integer> years,
                                               List<String> tags) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("schoolId", school.toString());
        activity.put("type", type);
        activity.put("plannedOn", plannedOn);
        activity.put("lead", "Mrs Patel, mathematics subject leader");
        if (subject != null) {
            activity.put("subject", subject);
        }
        activity.put("yearGroups", years);
        activity.put("focusTags", tags);
        return activity;
    }

    public static Map<String, Object> finding(String kind, String statement, int judgement, List<String> tags) {
        return new LinkedHashMap<>(Map.of("kind", kind, "statement", statement, "judgement", judgement, "focusTags", tags));
    }

    /** The ETag of a resource as it is now. */
    public String etagOf(RequestSpecification as, String path) {
        return as.get(path).then().statusCode(200).extract().header("ETag");
    }

    public String complete(RequestSpecification as, String activityId, String on) {
        String etag = etagOf(as, "/api/v1/monitoring-activities/" + activityId);
        return as.header("If-Match", etag).body(Map.of("completedOn", on)).post("/api/v1/monitoring-activities/" + activityId + "/complete")
                .then().statusCode(200).extract().header("ETag");
    }
}
