package org.goldenthread.monitoring;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Planning, completing and cancelling monitoring activities, and the termly calendars. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ActivityCalendarTest {
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";

    @Test
    void planningDerivesTheAcademicYearTermAndTitleFromTheDate() {
        TrustFixture t = new TrustFixture();
        t.plan(t.mathsLeaderOfA(), TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2027-01-21", "Mathematics",
                        List.of(1, 2, 3, 4, 5, 6), List.of("developmental-marking")))
                .header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue())
                .body("academicYear", equalTo("2026-27"))
                .body("term", equalTo("SPRING"))
                .body("status", equalTo("PLANNED"))
                .body("title", equalTo("Work scrutiny: Mathematics, Years 1-6"))
                .body("findingCount", equalTo(0));
    }

    @Test
    void aPlannedDateOutsideTheAcademicYearNamesTheField() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> a = TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2027-09-02", "Reading", List.of(3), List.of("phonics"));
        a.put("academicYear", "2026-27");
        t.leaderOfA().body(a).post(ACTIVITIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("plannedOn"));
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> a = TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2027-01-21", "Mathematics",
                List.of(4, 14), List.of("Developmental Marking"));
        a.remove("lead");
        t.leaderOfA().body(a).post(ACTIVITIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:validation"))
                .body("errors.field", hasItem("lead"))
                .body("errors.field", hasItem("yearGroups[1]"))
                .body("errors.field", hasItem("focusTags[0]"));
        a.put("lead", "Mr Okafor");
        a.put("type", "BOOK_LOOK");
        t.leaderOfA().body(a).post(ACTIVITIES).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        t.leaderOfA().get(ACTIVITIES + "?schoolId=" + t.schoolA + "&status=DONE").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void completingNeedsTheCurrentEtagAndHappensOnce() {
        TrustFixture t = new TrustFixture();
        String id = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "PUPIL_CONFERENCING", "2027-03-10", "Mathematics",
                List.of(5, 6), List.of("pupil-targets"))).extract().path("id");
        String path = ACTIVITIES + "/" + id + "/complete";
        t.leaderOfA().body(Map.of("completedOn", "2027-03-11")).post(path).then().statusCode(428)
                .contentType("application/problem+json");
        t.leaderOfA().header("If-Match", "\"7\"").body(Map.of("completedOn", "2027-03-11")).post(path).then().statusCode(412);
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("completedOn", "2027-03-11", "summary", "Two pupils from each class"))
                .post(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2027-03-11"))
                .body("summary", equalTo("Two pupils from each class"));
        t.leaderOfA().header("If-Match", "\"1\"").body(Map.of("completedOn", "2027-03-12")).post(path).then().statusCode(409);
        t.leaderOfA().header("If-Match", "\"1\"").body(Map.of("reason", "too late")).post(ACTIVITIES + "/" + id + "/cancel")
                .then().statusCode(409);
    }

    @Test
    void completionOutsideTheAcademicYearIsRefused() {
        TrustFixture t = new TrustFixture();
        String id = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "AUDIT", "2027-06-10", "Science", List.of(6),
                List.of("working-scientifically"))).extract().path("id");
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("completedOn", "2027-09-10"))
                .post(ACTIVITIES + "/" + id + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
    }

    @Test
    void aCancelledActivityKeepsItsReasonAndTakesNoFindings() {
        TrustFixture t = new TrustFixture();
        String id = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "GOVERNOR_VISIT", "2027-02-03", "Reading", List.of(2),
                List.of("early-reading"))).extract().path("id");
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("reason", "Governor unwell; moved to the summer term"))
                .post(ACTIVITIES + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Governor unwell; moved to the summer term"))
                .body("cancelledAt", notNullValue());
        t.leaderOfA().body(TrustFixture.finding("STRENGTH", "Reading corners are inviting", 2, List.of("early-reading")))
                .post(ACTIVITIES + "/" + id + "/findings").then().statusCode(409);
    }

    @Test
    void anActivityWithFindingsCannotBeCancelled() {
        TrustFixture t = new TrustFixture();
        String id = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2026-10-07", "Writing", List.of(3, 4),
                List.of("handwriting"))).extract().path("id");
        t.leaderOfA().body(TrustFixture.finding("STRENGTH", "Joined handwriting is taught daily", 2, List.of("handwriting")))
                .post(ACTIVITIES + "/" + id + "/findings").then().statusCode(201);
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("reason", "changed our minds"))
                .post(ACTIVITIES + "/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void theSchoolCalendarListsEachTermInDateOrderWithCounts() {
        TrustFixture t = new TrustFixture();
        String late = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2026-11-20", "Mathematics",
                List.of(2), List.of("fluency"))).extract().path("id");
        String early = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "LESSON_OBSERVATION", "2026-09-30", "Writing",
                List.of(4), List.of("modelled-writing"))).extract().path("id");
        String spring = t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "PUPIL_PROGRESS_MEETING", "2027-02-08", "Reading",
                List.of(6), List.of("reading-fluency"))).extract().path("id");
        t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "AUDIT", "2025-11-20", "Mathematics", List.of(2), List.of("fluency")));
        t.complete(t.leaderOfA(), early, "2026-10-01");

        t.teacherOfA().get(ACTIVITIES + "/calendar?schoolId=" + t.schoolA + "&academicYear=2026-27").then().statusCode(200)
                .body("academicYear", equalTo("2026-27"))
                .body("terms.term", contains("AUTUMN", "SPRING", "SUMMER"))
                .body("terms[0].activities.id", contains(early, late))
                .body("terms[0].completed", equalTo(1))
                .body("terms[0].planned", equalTo(1))
                .body("terms[1].activities.id", contains(spring))
                .body("terms[2].activities", hasSize(0));
        t.teacherOfA().get(ACTIVITIES + "/calendar?schoolId=" + t.schoolA + "&academicYear=2026-27&term=SPRING").then()
                .statusCode(200)
                .body("terms", hasSize(1))
                .body("terms[0].activities.id", contains(spring));
        t.teacherOfA().get(ACTIVITIES + "/calendar?schoolId=" + t.schoolA).then().statusCode(400)
                .body("errors[0].field", equalTo("academicYear"));
    }

    @Test
    void aPlannedActivityPastItsDateIsOverdue() {
        TrustFixture t = new TrustFixture();
        t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2025-09-15", "Mathematics", List.of(3),
                        List.of("fluency")))
                .body("overdue", is(true));
    }

    @Test
    void theTrustCalendarHasOneCalendarPerSchool() {
        TrustFixture t = new TrustFixture();
        t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2026-11-20", "Mathematics", List.of(2), List.of("fluency")));
        t.plan(t.leaderOfB(), TrustFixture.activity(t.schoolB, "LEARNING_WALK", "2026-11-21", "Reading", List.of(1), List.of("phonics")));
        t.trustLeader().get(ACTIVITIES + "/trust-calendar?academicYear=2026-27&term=AUTUMN").then().statusCode(200)
                .body("schools", hasSize(2))
                .body("schools.schoolId", hasItem(t.schoolA.toString()))
                .body("schools.schoolId", hasItem(t.schoolB.toString()));
        t.leaderOfA().get(ACTIVITIES + "/trust-calendar?academicYear=2026-27").then().statusCode(200)
                .body("schools", hasSize(1))
                .body("schools[0].schoolId", equalTo(t.schoolA.toString()));
    }

    @Test
    void aCompletedActivityKeepsItsTypeAndTermButItsNotesCanChange() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> a = TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2026-11-20", "Mathematics", List.of(2), List.of("fluency"));
        String id = t.plan(t.leaderOfA(), a).extract().path("id");
        String etag = t.complete(t.leaderOfA(), id, "2026-11-20");
        a.put("type", "AUDIT");
        t.leaderOfA().header("If-Match", etag).body(a).put(ACTIVITIES + "/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("type"));
        a.put("type", "WORK_SCRUTINY");
        a.put("purpose", "Fluency in number bonds to 20");
        t.leaderOfA().header("If-Match", etag).body(a).put(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("purpose", equalTo("Fluency in number bonds to 20"))
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void governorsAndTeachersReadTheCalendarButDoNotPlanIt() {
        TrustFixture t = new TrustFixture();
        t.governorOfA().body(TrustFixture.activity(t.schoolA, "GOVERNOR_VISIT", "2027-02-03", "Reading", List.of(2), List.of("phonics")))
                .post(ACTIVITIES).then().statusCode(403).contentType("application/problem+json");
        t.teacherOfA().body(TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2027-02-03", "Reading", List.of(2), List.of("phonics")))
                .post(ACTIVITIES).then().statusCode(403);
        t.governorOfA().get(ACTIVITIES + "?schoolId=" + t.schoolA).then().statusCode(200).body("items", hasSize(0))
                .body("next", nullValue());
    }

    @Test
    void theSameIdempotencyKeyReplaysAndAnotherBodyIsRefused() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> a = TrustFixture.activity(t.schoolA, "WORK_SCRUTINY", "2026-11-20", "Mathematics", List.of(2), List.of("fluency"));
        String id = t.leaderOfA().header("Idempotency-Key", "plan-ws-1").body(a).post(ACTIVITIES).then().statusCode(201)
                .extract().path("id");
        t.leaderOfA().header("Idempotency-Key", "plan-ws-1").body(a).post(ACTIVITIES).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        a.put("subject", "Science");
        t.leaderOfA().header("Idempotency-Key", "plan-ws-1").body(a).post(ACTIVITIES).then().statusCode(422)
                .body("type", equalTo("urn:goldenthread:problem:idempotency-conflict"));
        t.leaderOfA().get(ACTIVITIES + "?schoolId=" + t.schoolA).then().body("items", hasSize(1));
    }

    @Test
    void listsPageWithANextLink() {
        TrustFixture t = new TrustFixture();
        for (int i = 1; i <= 3; i++) {
            t.plan(t.leaderOfA(), TrustFixture.activity(t.schoolA, "LEARNING_WALK", "2026-10-0" + i, "Reading", List.of(i), List.of("phonics")));
        }
        String next = t.leaderOfA().get(ACTIVITIES + "?schoolId=" + t.schoolA + "&limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).extract().path("next");
        t.leaderOfA().get(next).then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        t.leaderOfA().get(ACTIVITIES + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        t.leaderOfA().get(ACTIVITIES + "?after=nonsense").then().statusCode(400).body("errors[0].field", equalTo("after"));
    }
}
