package org.goldenthread.monitoring;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * School A's monitoring cannot be reached from school B or from another trust through any route:
 * another tenant's ids answer 404 exactly as ids that do not exist, and lists never contain them.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class SchoolIsolationTest {
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";

    @Test
    void schoolAsMonitoringIsNotFoundFromSchoolBOrAnotherTrust() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> activity = TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2026-11-18", "Mathematics", List.of(4),
                List.of("fluency"));
        String activityId = t.plan(t.leaderOfA(), activity).extract().path("id");
        Map<String, Object> finding = TrustFixture.finding("STRENGTH", "Daily fluency sessions are well established", 2, List.of("fluency"));
        String findingId = t.leaderOfA().body(finding).post(ACTIVITIES + "/" + activityId + "/findings").then().statusCode(201)
                .extract().path("id");
        String evidenceId = RestAssured.given().header("Authorization", "Bearer " + t.token("head@a", "SCHOOL_LEADER", t.schoolA))
                .multiPart("file", "fluency.txt", "Number bonds to 20 in under a minute".getBytes(), "text/plain")
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "NOTE").multiPart("title", "Fluency notes")
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id");
        String selfEvaluationId = t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-27",
                        "frameworkId", "d0c5f010-2010-4000-8000-000000000001"))
                .post("/api/v1/self-evaluations").then().statusCode(201).extract().path("id");
        String standard = "d0c5f010-2010-4000-8002-000000000601";
        Map<String, Object> custom = Map.of("title", "School A's own review", "schoolId", t.schoolA.toString(),
                "coreElements", List.of(Map.of("title", "Reading", "standards", List.of(Map.of("title", "Every child reads daily")))));
        String frameworkId = t.leaderOfA().body(custom).post("/api/v1/frameworks").then().statusCode(201).extract().path("id");

        // School B's leader, and a leader in another trust whose token names a school with school A's id.
        for (Outsider outsider : List.of(new Outsider(t::leaderOfB, true), new Outsider(t::leaderInAnotherTrust, false))) {
            boolean sameTrust = outsider.sameTrust();
            Supplier<RequestSpecification> o = () -> outsider.as().get().header("If-Match", "\"0\"");
            o.get().get(ACTIVITIES + "/" + activityId).then().statusCode(404).contentType("application/problem+json");
            o.get().body(activity).put(ACTIVITIES + "/" + activityId).then().statusCode(404);
            o.get().body(Map.of("completedOn", "2026-11-18")).post(ACTIVITIES + "/" + activityId + "/complete").then().statusCode(404);
            o.get().body(Map.of("reason", "no")).post(ACTIVITIES + "/" + activityId + "/cancel").then().statusCode(404);
            o.get().get(ACTIVITIES + "/" + activityId + "/findings").then().statusCode(404);
            o.get().body(finding).post(ACTIVITIES + "/" + activityId + "/findings").then().statusCode(404);
            o.get().get(ACTIVITIES + "/" + activityId + "/follow-ups").then().statusCode(404);
            notListed(sameTrust, o.get().get(ACTIVITIES + "?schoolId=" + t.schoolA), activityId);
            o.get().get(ACTIVITIES).then().statusCode(200).body("items.id", not(hasItem(activityId)));
            if (sameTrust) {
                o.get().get(ACTIVITIES + "/calendar?schoolId=" + t.schoolA + "&academicYear=2026-27").then().statusCode(404);
            } else {
                o.get().get(ACTIVITIES + "/calendar?schoolId=" + t.schoolA + "&academicYear=2026-27").then().statusCode(200)
                        .body("terms[0].activities", hasSize(0));
            }
            o.get().get(ACTIVITIES + "/trust-calendar?academicYear=2026-27").then().statusCode(200)
                    .body("schools.schoolId", not(hasItem(t.schoolA.toString())));
            if (sameTrust) {
                o.get().body(activity).post(ACTIVITIES).then().statusCode(404);
            }

            o.get().get("/api/v1/findings/" + findingId).then().statusCode(404);
            o.get().body(finding).put("/api/v1/findings/" + findingId).then().statusCode(404);
            o.get().delete("/api/v1/findings/" + findingId).then().statusCode(404);
            o.get().get("/api/v1/findings/" + findingId + "/follow-ups").then().statusCode(404);
            notListed(sameTrust, o.get().get("/api/v1/findings?schoolId=" + t.schoolA), findingId);
            o.get().get("/api/v1/findings").then().statusCode(200).body("items.id", not(hasItem(findingId)));
            if (sameTrust) {
                o.get().get("/api/v1/findings/focus-areas/fluency?schoolId=" + t.schoolA).then().statusCode(404);
            } else {
                o.get().get("/api/v1/findings/focus-areas/fluency?schoolId=" + t.schoolA).then().statusCode(200).body("threads", hasSize(0));
            }

            o.get().get("/api/v1/evidence/" + evidenceId).then().statusCode(404);
            o.get().get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(404);
            o.get().body(Map.of("kind", "NOTE", "title", "mine now")).put("/api/v1/evidence/" + evidenceId).then().statusCode(404);
            o.get().delete("/api/v1/evidence/" + evidenceId).then().statusCode(404);
            notListed(sameTrust, o.get().get("/api/v1/evidence?schoolId=" + t.schoolA), evidenceId);
            o.get().get("/api/v1/evidence").then().statusCode(200).body("items.id", not(hasItem(evidenceId)));
            if (sameTrust) {
                o.get().get("/api/v1/evidence/deletions?schoolId=" + t.schoolA).then().statusCode(404);
            }

            o.get().get("/api/v1/self-evaluations/" + selfEvaluationId).then().statusCode(404);
            o.get().get("/api/v1/self-evaluations/" + selfEvaluationId + "/ratings/" + standard).then().statusCode(404);
            o.get().body(Map.of("rating", 1)).put("/api/v1/self-evaluations/" + selfEvaluationId + "/ratings/" + standard).then()
                    .statusCode(404);
            o.get().get("/api/v1/self-evaluations/" + selfEvaluationId + "/history").then().statusCode(404);
            notListed(sameTrust, o.get().get("/api/v1/self-evaluations?schoolId=" + t.schoolA), selfEvaluationId);
            o.get().get("/api/v1/self-evaluations").then().statusCode(200).body("items.id", not(hasItem(selfEvaluationId)));
            if (sameTrust) {
                o.get().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2027-28",
                        "frameworkId", "d0c5f010-2010-4000-8000-000000000001")).post("/api/v1/self-evaluations").then().statusCode(404);
            }
            o.get().get("/api/v1/frameworks/" + frameworkId).then().statusCode(404);
            o.get().get("/api/v1/frameworks").then().statusCode(200).body("items.id", not(hasItem(frameworkId)));
        }
        // Upload to school A from school B: the school is not found, and nothing is stored.
        RestAssured.given().header("Authorization", "Bearer " + t.token("head@b", "SCHOOL_LEADER", t.schoolB))
                .multiPart("file", "sneaky.txt", "hello".getBytes(), "text/plain")
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "NOTE").multiPart("title", "Sneaky")
                .post("/api/v1/evidence").then().statusCode(404);
        t.leaderOfA().get("/api/v1/evidence?schoolId=" + t.schoolA).then().body("items", hasSize(1));
    }

    private record Outsider(Supplier<RequestSpecification> as, boolean sameTrust) {
    }

    /** A list filtered by school A: 404 from school B (not its school); from another trust, simply without A's rows. */
    private static void notListed(boolean sameTrust, io.restassured.response.Response response, String id) {
        if (sameTrust) {
            response.then().statusCode(404).contentType("application/problem+json");
        } else {
            response.then().statusCode(200).body("items.id", not(hasItem(id)));
        }
    }

    @Test
    void aFindingCannotCiteAnotherSchoolsEvidenceOrFollowUpAnotherSchoolsFinding() {
        TrustFixture t = new TrustFixture();
        String activityB = t.plan(t.trustLeader(), TrustFixture.activity(t.schoolB, "WORK_SCRUTINY", "2026-11-18", "Mathematics",
                List.of(4), List.of("fluency"))).extract().path("id");
        String findingB = t.trustLeader().body(TrustFixture.finding("STRENGTH", "Fluency is strong", 2, List.of("fluency")))
                .post(ACTIVITIES + "/" + activityB + "/findings").then().statusCode(201).extract().path("id");
        String evidenceB = RestAssured.given().header("Authorization", "Bearer " + t.token("head@b", "SCHOOL_LEADER", t.schoolB))
                .multiPart("file", "b.txt", "School B notes".getBytes(), "text/plain")
                .multiPart("schoolId", t.schoolB.toString()).multiPart("kind", "NOTE").multiPart("title", "B notes")
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id");

        String activityA = t.plan(t.trustLeader(), TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2027-01-18", "Mathematics",
                List.of(4), List.of("fluency"))).extract().path("id");
        Map<String, Object> body = TrustFixture.finding("STRENGTH", "Fluency is strong", 2, List.of("fluency"));
        body.put("evidenceIds", List.of(evidenceB));
        t.trustLeader().body(body).post(ACTIVITIES + "/" + activityA + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceIds[0]"));
        body.remove("evidenceIds");
        body.put("followsUpFindingId", findingB);
        body.put("followUpOutcome", "IMPROVED");
        t.trustLeader().body(body).post(ACTIVITIES + "/" + activityA + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("followsUpFindingId"));
        body.remove("followsUpFindingId");
        body.remove("followUpOutcome");
        Map<String, Object> move = TrustFixture.activity(t.schoolB, "WORK_SCRUTINY", "2027-01-18", "Mathematics", List.of(4), List.of("fluency"));
        t.trustLeader().header("If-Match", "\"0\"").body(move).put(ACTIVITIES + "/" + activityA).then().statusCode(400)
                .body("errors[0].field", equalTo("schoolId"));
    }

    @Test
    void massAssignedTenantAndAuditFieldsAreIgnored() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> activity = TrustFixture.activity(t.schoolA, "AUDIT", "2026-11-18", "Science", List.of(6), List.of("practical-work"));
        activity.put("trustId", java.util.UUID.randomUUID().toString());
        activity.put("createdBy", "someone-else");
        activity.put("status", "COMPLETED");
        String id = t.plan(t.leaderOfA(), activity).body("status", equalTo("PLANNED"))
                .body("createdBy", equalTo("head@a." + t.trust)).extract().path("id");
        t.trustLeader().get(ACTIVITIES + "/" + id).then().statusCode(200);
    }
}
