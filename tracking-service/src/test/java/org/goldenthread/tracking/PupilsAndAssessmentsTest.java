package org.goldenthread.tracking;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.goldenthread.tracking.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
class PupilsAndAssessmentsTest {

    private static String createPupil(Fixtures.Trust trust, int school, String upn, String first, boolean disadvantaged) {
        return as(trust.token("SCHOOL_LEADER", school)).contentType("application/json")
                .body(Fixtures.pupil(upn, first, "Taylor", 5, "F", disadvantaged))
                .post("/api/v1/schools/" + trust.school(school) + "/pupils")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void aPupilIsRecordedAndUpdatedWithOptimisticConcurrency() {
        Fixtures.Trust trust = Fixtures.trust(1);
        String leader = trust.token("SCHOOL_LEADER", 0);
        String upn = Fixtures.upn();
        String id = createPupil(trust, 0, upn, "Poppy", false);
        String path = "/api/v1/pupils/" + id;
        String etag = as(leader).get(path).then().statusCode(200).body("upn", equalTo(upn)).extract().header("ETag");

        Map<String, Object> update = new HashMap<>(Fixtures.pupil(upn, "Poppy", "Taylor", 5, "F", true));
        update.put("senStatus", "SEN_SUPPORT");
        as(leader).contentType("application/json").body(update).put(path).then().statusCode(428);
        as(leader).contentType("application/json").header("If-Match", "\"41\"").body(update).put(path).then().statusCode(412);
        as(leader).contentType("application/json").header("If-Match", etag).body(update).put(path)
                .then().statusCode(200).body("disadvantaged", equalTo(true)).body("senStatus", equalTo("SEN_SUPPORT"))
                .header("ETag", not(equalTo(etag)));

        // the same UPN twice at one school is a conflict; a bad check letter or a missing field is a 400 naming it
        as(leader).contentType("application/json").body(Fixtures.pupil(upn, "Poppy", "Taylor", 5, "F", false))
                .post("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(409).body("errors[0].field", equalTo("upn"));
        String wrong = (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1);
        as(leader).contentType("application/json").body(Fixtures.pupil(wrong, "Poppy", "Taylor", 5, "F", false))
                .post("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("upn"));
        as(leader).contentType("application/json").body(Map.of("upn", Fixtures.upn(), "firstName", "Ivy"))
                .post("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(400)
                .body("errors.field", hasItem("lastName")).body("errors.field", hasItem("dateOfBirth"));
        as(leader).contentType("application/json").body(Map.of("upn", Fixtures.upn(), "firstName", "Ivy", "lastName", "Wu",
                        "dateOfBirth", "2016-01-01", "sex", "X", "yearGroup", 5, "disadvantaged", false))
                .post("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(400).body("errors[0].field", equalTo("sex"));
        // teachers read but do not edit pupils
        as(trust.token("TEACHER", 0)).contentType("application/json").header("If-Match", etag).body(update).put(path).then().statusCode(403);
    }

    @Test
    void aLeaverKeepsTheirRecordAndAssessments() {
        Fixtures.Trust trust = Fixtures.trust(1);
        String leader = trust.token("SCHOOL_LEADER", 0);
        String upn = Fixtures.upn();
        String id = createPupil(trust, 0, upn, "Leo", false);
        as(trust.token("TEACHER", 0)).contentType("application/json").body(Map.of("judgement", "EXS"))
                .put("/api/v1/pupils/" + id + "/assessments/2026-27/AUTUMN/READING/TEACHER_ASSESSMENT").then().statusCode(201);
        Map<String, Object> left = new HashMap<>(Fixtures.pupil(upn, "Leo", "Taylor", 5, "F", false));
        left.put("joinedOn", "2021-09-01");
        left.put("leftOn", "2026-10-31");
        String etag = as(leader).get("/api/v1/pupils/" + id).then().extract().header("ETag");
        as(leader).contentType("application/json").header("If-Match", etag).body(left).put("/api/v1/pupils/" + id)
                .then().statusCode(200).body("onRoll", equalTo(false));
        as(leader).get("/api/v1/schools/" + trust.school(0) + "/pupils").then().body("items.size()", equalTo(0));
        as(leader).get("/api/v1/schools/" + trust.school(0) + "/pupils?includeLeavers=true").then().body("items[0].id", equalTo(id));
        as(leader).get("/api/v1/pupils/" + id + "/assessments").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void correctingAnAssessmentNeedsItsETagAndKeepsTheOldValue() {
        Fixtures.Trust trust = Fixtures.trust(1);
        String teacher = trust.token("TEACHER", 0);
        String id = createPupil(trust, 0, Fixtures.upn(), "Aisha", true);
        String path = "/api/v1/pupils/" + id + "/assessments/2026-27/SPRING/MATHS/TEST";
        String etag = as(teacher).contentType("application/json").body(Map.of("scaledScore", 98)).put(path)
                .then().statusCode(201).body("atOrAboveExpected", equalTo(false)).extract().header("ETag");
        as(teacher).contentType("application/json").body(Map.of("scaledScore", 103)).put(path).then().statusCode(428);
        as(teacher).contentType("application/json").header("If-Match", etag).body(Map.of("scaledScore", 103)).put(path)
                .then().statusCode(200).body("scaledScore", equalTo(103)).body("atOrAboveExpected", equalTo(true)).body("version", equalTo(2));
        as(teacher).get(path + "/history").then().statusCode(200)
                .body("scaledScore", equalTo(List.of(98, 103))).body("[0].supersededAt", org.hamcrest.Matchers.notNullValue());
        // a test has a score, not a judgement; a score is 80–120; the subject must be one we assess
        as(teacher).contentType("application/json").body(Map.of("judgement", "EXS")).put(path.replace("SPRING", "SUMMER"))
                .then().statusCode(400).body("errors.field", hasItem("scaledScore")).body("errors.field", hasItem("judgement"));
        as(teacher).contentType("application/json").body(Map.of("scaledScore", 125)).put(path.replace("SPRING", "SUMMER"))
                .then().statusCode(400).body("errors[0].field", equalTo("scaledScore"));
        as(teacher).contentType("application/json").body(Map.of("judgement", "EXS"))
                .put("/api/v1/pupils/" + id + "/assessments/2026-27/SPRING/HISTORY/TEACHER_ASSESSMENT")
                .then().statusCode(400).body("errors[0].field", equalTo("subject"));
        as(trust.token("GOVERNOR", 0)).contentType("application/json").body(Map.of("scaledScore", 100)).put(path).then().statusCode(403);
    }

    @Test
    void anotherSchoolsOrTrustsPupilsAreNotFoundThroughAnyRoute() {
        Fixtures.Trust trust = Fixtures.trust(2);
        String pupilA = createPupil(trust, 0, Fixtures.upn(), "Zofia", false);
        createPupil(trust, 1, Fixtures.upn(), "Kacper", false);
        as(trust.token("TEACHER", 0)).contentType("application/json").body(Map.of("judgement", "WTS"))
                .put("/api/v1/pupils/" + pupilA + "/assessments/2026-27/AUTUMN/WRITING/TEACHER_ASSESSMENT").then().statusCode(201);
        Fixtures.Trust otherTrust = Fixtures.trust(1);

        for (String outsider : List.of(trust.token("SCHOOL_LEADER", 1), otherTrust.token("SCHOOL_LEADER", 0),
                otherTrust.mis(otherTrust.schools()))) {
            as(outsider).get("/api/v1/pupils/" + pupilA).then().statusCode(404).contentType("application/problem+json");
            as(outsider).get("/api/v1/pupils/" + pupilA + "/assessments").then().statusCode(404);
            as(outsider).get("/api/v1/pupils/" + pupilA + "/assessments/2026-27/AUTUMN/WRITING/TEACHER_ASSESSMENT").then().statusCode(404);
            as(outsider).contentType("application/json").body(Map.of("judgement", "GDS"))
                    .put("/api/v1/pupils/" + pupilA + "/assessments/2026-27/AUTUMN/WRITING/TEACHER_ASSESSMENT").then().statusCode(404);
            as(outsider).contentType("application/json").body(Map.of("judgement", "GDS"))
                    .put("/api/v1/pupils/" + pupilA + "/targets/2026-27/WRITING").then().statusCode(404);
            as(outsider).get("/api/v1/schools/" + trust.school(0) + "/pupils").then().statusCode(404);
            as(outsider).get("/api/v1/schools/" + trust.school(0) + "/assessments").then().statusCode(404);
            as(outsider).get("/api/v1/schools/" + trust.school(0) + "/targets").then().statusCode(404);
        }
        for (String outsider : List.of(trust.token("SCHOOL_LEADER", 1), otherTrust.token("SCHOOL_LEADER", 0))) {
            as(outsider).get("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN").then().statusCode(404);
            as(outsider).post("/api/v1/schools/" + trust.school(0) + "/termly-results/2026-27/AUTUMN/publish").then().statusCode(404);
            as(outsider).get("/api/v1/pupils/" + pupilA + "/progress?academicYear=2026-27&term=AUTUMN").then().statusCode(404);
            as(outsider).get("/api/v1/schools/" + trust.school(0) + "/pupils/needing-attention?academicYear=2026-27&term=AUTUMN")
                    .then().statusCode(404);
        }
        // lists never mix schools: school B sees only its own pupil
        as(trust.token("SCHOOL_LEADER", 1)).get("/api/v1/schools/" + trust.school(1) + "/pupils")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].firstName", equalTo("Kacper"));
        // another trust's trust leader gets nothing from this trust's views, and its analytics feed holds none of these events
        as(otherTrust.trustToken("TRUST_LEADER")).get("/api/v1/trusts/" + trust.id() + "/termly-results/2026-27/AUTUMN").then().statusCode(404);
        as(otherTrust.trustToken("ANALYTICS")).get("/api/v1/tracking/events?limit=500").then().statusCode(200).body("items.size()", equalTo(0));
        as(trust.token("SCHOOL_LEADER", 1)).get("/api/v1/tracking/events?limit=500").then().statusCode(200).body("items.size()", equalTo(0));
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/tracking/events?limit=500").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void pupilsNeedingAttentionAreTheStuckAndTheFallingBehind() {
        Fixtures.Trust trust = Fixtures.trust(1);
        CohortBuilder c = new CohortBuilder();
        c.pupil("Stuck", "M", 5, true).with("className", "5A")
                .ta("2025-26", "SUMMER", "MATHS", "WTS").ta("2026-27", "AUTUMN", "MATHS", "WTS").ta("2026-27", "SPRING", "MATHS", "WTS");
        c.pupil("Slipping", "F", 5, false)
                .ta("2026-27", "AUTUMN", "MATHS", "EXS").ta("2026-27", "SPRING", "MATHS", "WTS");
        c.pupil("Steady", "F", 5, true)
                .ta("2026-27", "AUTUMN", "MATHS", "EXS").ta("2026-27", "SPRING", "MATHS", "EXS");
        c.pupil("Rising", "M", 5, false)
                .ta("2026-27", "AUTUMN", "MATHS", "WTS").ta("2026-27", "SPRING", "MATHS", "EXS")
                .ta("2026-27", "SPRING", "READING", "GDS");
        c.importInto(trust, 0);
        String teacher = trust.token("TEACHER", 0);
        String base = "/api/v1/schools/" + trust.school(0) + "/pupils/needing-attention?academicYear=2026-27&term=SPRING";

        as(teacher).get(base + "&subject=MATHS").then().statusCode(200)
                .body("pupilName", containsInAnyOrder("Stuck Khan", "Slipping Khan"))
                .body("find { it.pupilName == 'Stuck Khan' }.flag", equalTo("STUCK"))
                .body("find { it.pupilName == 'Slipping Khan' }.flag", equalTo("FALLING_BEHIND"));
        as(teacher).get(base + "&pupilGroup=DISADVANTAGED").then().statusCode(200)
                .body("pupilName", equalTo(List.of("Stuck Khan")));
        // as of the autumn nobody was stuck yet: one term is not a trend
        as(teacher).get(base.replace("SPRING", "AUTUMN") + "&subject=MATHS").then().statusCode(200)
                .body("pupilName", containsInAnyOrder("Stuck Khan", "Rising Khan"))
                .body("flag", equalTo(List.of("FALLING_BEHIND", "FALLING_BEHIND")));

        String rising = as(teacher).get("/api/v1/schools/" + trust.school(0) + "/pupils?limit=10").then().extract().jsonPath()
                .getString("items.find { it.firstName == 'Rising' }.id");
        as(teacher).get("/api/v1/pupils/" + rising + "/progress?academicYear=2026-27&term=SPRING").then().statusCode(200)
                .body("find { it.subject == 'MATHS' }.flag", equalTo("ACCELERATED"))
                .body("find { it.subject == 'READING' }.flag", equalTo("ON_TRACK"));
        // a target of greater depth makes the same EXS "falling behind"
        as(teacher).contentType("application/json").body(Map.of("judgement", "GDS"))
                .put("/api/v1/pupils/" + rising + "/targets/2026-27/MATHS").then().statusCode(201);
        as(teacher).get("/api/v1/pupils/" + rising + "/progress?academicYear=2026-27&term=SPRING").then().statusCode(200)
                .body("find { it.subject == 'MATHS' }.flag", equalTo("FALLING_BEHIND"))
                .body("find { it.subject == 'MATHS' }.targetLevel", equalTo(4));
        // changing it needs the ETag, which the pupil's targets list gives per target
        String etag = as(teacher).get("/api/v1/pupils/" + rising + "/targets").then().statusCode(200)
                .extract().path("find { it.subject == 'MATHS' }.etag");
        as(teacher).contentType("application/json").body(Map.of("judgement", "EXS"))
                .put("/api/v1/pupils/" + rising + "/targets/2026-27/MATHS").then().statusCode(428);
        as(teacher).contentType("application/json").header("If-Match", etag).body(Map.of("judgement", "EXS"))
                .put("/api/v1/pupils/" + rising + "/targets/2026-27/MATHS").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(etag));
        as(teacher).contentType("application/json").header("If-Match", etag).body(Map.of("judgement", "GDS"))
                .put("/api/v1/pupils/" + rising + "/targets/2026-27/MATHS").then().statusCode(412);
        as(teacher).get("/api/v1/pupils/" + rising + "/progress?academicYear=2026-27&term=SPRING").then().statusCode(200)
                .body("find { it.subject == 'MATHS' }.targetLevel", equalTo(3))
                .body("find { it.subject == 'MATHS' }.flag", org.hamcrest.Matchers.not(equalTo("FALLING_BEHIND")));
        as(trust.token("GOVERNOR", 0)).get(base).then().statusCode(403);
    }
}
