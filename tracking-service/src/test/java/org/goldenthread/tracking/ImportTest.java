package org.goldenthread.tracking;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.goldenthread.tracking.Fixtures.as;
import static org.goldenthread.tracking.Fixtures.importAndWait;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
class ImportTest {
    private static final String PUPIL_HEADER = "upn,firstName,lastName,dateOfBirth,sex,yearGroup,className,disadvantaged,senStatus,eal,priorAttainment\n";
    private static final String RESULT_HEADER = "upn,academicYear,term,subject,source,judgement,scaledScore\n";

    /** Year 5 pupils of one school, imported by its MIS. */
    private List<String> pupils(Fixtures.Trust trust, int school, int count) {
        StringBuilder csv = new StringBuilder(PUPIL_HEADER);
        List<String> upns = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String upn = Fixtures.upn();
            upns.add(upn);
            csv.append(upn).append(i % 2 == 0 ? ",Amelia,Khan," : ",Oliver,Smith,").append("2016-0").append(1 + i % 9).append("-14,")
                    .append(i % 2 == 0 ? "F" : "M").append(",5,5B,").append(i % 3 == 0 ? "Y" : "N").append(",NONE,N,MIDDLE\n");
        }
        Response job = importAndWait(trust.mis(List.of(trust.school(school))), "text/csv", csv.toString(), "schoolId=" + trust.school(school));
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        return upns;
    }

    @Test
    void badRowsAreEachReportedWithLineAndFieldAndAtomicAppliesNothing() {
        Fixtures.Trust trust = Fixtures.trust(1);
        List<String> upns = pupils(trust, 0, 3);
        String wrongCheck = (upns.get(0).charAt(0) == 'A' ? "B" : "A") + upns.get(0).substring(1);
        String csv = RESULT_HEADER
                + upns.get(0) + ",2026-27,AUTUMN,READING,TEST,,104\n"                 // 2 fine
                + upns.get(0) + ",2026-27,AUTUMN,HISTORY,TEACHER_ASSESSMENT,EXS,\n"   // 3 unknown subject
                + upns.get(1) + ",2026-27,AUTUMN,MATHS,TEST,,130\n"                   // 4 score out of range
                + wrongCheck + ",2026-27,AUTUMN,WRITING,TEACHER_ASSESSMENT,EXS,\n"    // 5 wrong check letter
                + upns.get(2) + ",2026-27,AUTUMN,WRITING,TEACHER_ASSESSMENT,EXS,\n"   // 6 duplicate ...
                + upns.get(2) + ",2026-27,AUTUMN,WRITING,TEACHER_ASSESSMENT,WTS,\n"   // 7 ... with a different value
                + upns.get(1) + ",2026-27,AUTUMN,READING\n"                           // 8 missing columns
                + upns.get(1) + ",2026-27,AUTUMN,WRITING,TEACHER_ASSESSMENT,\"EX";    // 9 truncated inside a quote
        Response job = importAndWait(trust.mis(trust.schools()), "text/csv", csv, "schoolId=" + trust.school(0));

        assertEquals("FAILED", job.jsonPath().getString("status"), job.asString());
        assertEquals(0, job.jsonPath().getInt("rowsApplied"));
        assertEquals(8, job.jsonPath().getInt("rowsTotal"));
        Set<String> reported = new HashSet<>();
        for (Map<String, Object> e : job.jsonPath().<Map<String, Object>>getList("errors")) {
            reported.add(e.get("line") + ":" + e.get("field"));
        }
        assertEquals(Set.of("3:subject", "4:scaledScore", "5:upn", "6:judgement", "7:judgement", "8:source", "9:judgement"), reported,
                job.asString());
        // nothing was applied, not even line 2
        as(trust.token("TEACHER", 0)).get("/api/v1/schools/" + trust.school(0) + "/assessments")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void partialModeAppliesTheValidRowsAndReportsTheRest() {
        Fixtures.Trust trust = Fixtures.trust(1);
        List<String> upns = pupils(trust, 0, 2);
        String csv = RESULT_HEADER
                + upns.get(0) + ",2026-27,AUTUMN,READING,TEST,,104\n"
                + upns.get(0) + ",2026-27,AUTUMN,MATHS,TEST,,79\n"
                + upns.get(1) + ",2026-27,AUTUMN,WRITING,,GDS,\n";
        Response job = importAndWait(trust.mis(trust.schools()), "text/csv", csv, "schoolId=" + trust.school(0) + "&mode=partial");
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"));
        assertEquals(2, job.jsonPath().getInt("rowsApplied"));
        assertEquals(1, job.jsonPath().getInt("rowsRejected"));
        assertEquals(3, job.jsonPath().getInt("errors[0].line"));
        assertEquals("scaledScore", job.jsonPath().getString("errors[0].field"));
        as(trust.token("TEACHER", 0)).get("/api/v1/schools/" + trust.school(0) + "/assessments")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void misClientScopedToSchoolACannotImportIntoSchoolB() {
        Fixtures.Trust trust = Fixtures.trust(2);
        String misA = trust.mis(List.of(trust.school(0)));
        String csv = "schoolId," + PUPIL_HEADER
                + trust.school(1) + "," + Fixtures.upn() + ",Ivy,Patel,2016-02-01,F,5,5A,N,NONE,N,HIGH\n"
                + trust.school(0) + "," + Fixtures.upn() + ",Leo,Jones,2016-05-01,M,5,5A,N,NONE,N,HIGH\n";

        // the rows naming school B are errors, so the atomic import applies nothing at all
        Response job = importAndWait(misA, "text/csv", csv, null);
        assertEquals("FAILED", job.jsonPath().getString("status"));
        assertEquals(2, job.jsonPath().getInt("errors[0].line"));
        assertEquals("schoolId", job.jsonPath().getString("errors[0].field"));
        assertEquals("is not a school you may import into", job.jsonPath().getString("errors[0].message"));
        as(trust.token("SCHOOL_LEADER", 1)).get("/api/v1/schools/" + trust.school(1) + "/pupils")
                .then().statusCode(200).body("items.size()", equalTo(0));
        as(trust.token("SCHOOL_LEADER", 0)).get("/api/v1/schools/" + trust.school(0) + "/pupils")
                .then().statusCode(200).body("items.size()", equalTo(0));

        // partial: school A's row goes in, school B's never does
        Response partial = importAndWait(misA, "text/csv", csv, "mode=partial");
        assertEquals(1, partial.jsonPath().getInt("rowsApplied"));
        as(trust.token("SCHOOL_LEADER", 1)).get("/api/v1/schools/" + trust.school(1) + "/pupils")
                .then().statusCode(200).body("items.size()", equalTo(0));

        // naming school B as the file's school is a 404, as for any school that is not the caller's
        as(misA).contentType("text/csv").body(PUPIL_HEADER).post("/api/v1/imports?schoolId=" + trust.school(1))
                .then().statusCode(404).contentType("application/problem+json");
        // and school B's leader cannot see school A's import job
        as(trust.token("SCHOOL_LEADER", 1)).get("/api/v1/imports/" + job.jsonPath().getString("id"))
                .then().statusCode(404);
        // another trust's MIS cannot either
        Fixtures.Trust other = Fixtures.trust(1);
        as(other.mis(other.schools())).get("/api/v1/imports/" + job.jsonPath().getString("id")).then().statusCode(404);
    }

    @Test
    void resendingAnIdenticalFileChangesNothing() {
        Fixtures.Trust trust = Fixtures.trust(1);
        String upn = Fixtures.upn();
        String json = """
                {"pupils": [{"upn": "%s", "firstName": "Grace", "lastName": "Wright", "dateOfBirth": "2016-10-02", "sex": "F",
                             "yearGroup": 5, "className": "5A", "disadvantaged": true, "senStatus": "SEN_SUPPORT"}],
                 "assessments": [{"upn": "%s", "academicYear": "2026-27", "term": "AUTUMN", "subject": "MATHS", "source": "TEST", "scaledScore": 97},
                                 {"upn": "%s", "academicYear": "2026-27", "term": "AUTUMN", "subject": "WRITING", "judgement": "WTS"}]}
                """.formatted(upn, upn, upn);
        String mis = trust.mis(trust.schools());
        Response first = importAndWait(mis, "application/json", json, "schoolId=" + trust.school(0));
        assertEquals("SUCCEEDED", first.jsonPath().getString("status"), first.asString());
        assertEquals(3, first.jsonPath().getInt("rowsApplied"));
        int events = assessmentEvents(trust);
        assertEquals(2, events);

        Response again = importAndWait(mis, "application/json", json, "schoolId=" + trust.school(0));
        assertEquals("SUCCEEDED", again.jsonPath().getString("status"));
        assertEquals(0, again.jsonPath().getInt("rowsApplied"));
        assertEquals(3, again.jsonPath().getInt("rowsUnchanged"));
        assertEquals(events, assessmentEvents(trust));
        String pupilId = as(trust.token("TEACHER", 0)).get("/api/v1/schools/" + trust.school(0) + "/pupils")
                .then().extract().jsonPath().getString("items[0].id");
        as(trust.token("TEACHER", 0)).get("/api/v1/pupils/" + pupilId + "/assessments/2026-27/AUTUMN/MATHS/TEST/history")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].scaledScore", equalTo(97));

        // a corrected score is a change: a new version, its history and one more event
        Response corrected = importAndWait(mis, "application/json", json.replace("\"scaledScore\": 97", "\"scaledScore\": 101"),
                "schoolId=" + trust.school(0));
        assertEquals(1, corrected.jsonPath().getInt("rowsApplied"));
        as(trust.token("TEACHER", 0)).get("/api/v1/pupils/" + pupilId + "/assessments/2026-27/AUTUMN/MATHS/TEST/history")
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].scaledScore", equalTo(97))
                .body("[1].scaledScore", equalTo(101));
        assertEquals(events + 1, assessmentEvents(trust));
    }

    private static int assessmentEvents(Fixtures.Trust trust) {
        return as(trust.token("SCHOOL_LEADER", 0))
                .get("/api/v1/tracking/events?limit=500&type=org.goldenthread.tracking.assessment-recorded.v1")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void idempotencyKeyReplaysTheFirstAcceptedJob() {
        Fixtures.Trust trust = Fixtures.trust(1);
        String mis = trust.mis(trust.schools());
        String csv = PUPIL_HEADER + Fixtures.upn() + ",Isla,Walker,2016-04-04,F,5,5A,N,NONE,N,LOW\n";
        String key = UUID.randomUUID().toString();
        String first = as(mis).header("Idempotency-Key", key).contentType("text/csv").body(csv)
                .post("/api/v1/imports?schoolId=" + trust.school(0)).then().statusCode(202).extract().header("Location");
        as(mis).header("Idempotency-Key", key).contentType("text/csv").body(csv)
                .post("/api/v1/imports?schoolId=" + trust.school(0))
                .then().statusCode(202).header("Location", equalTo(first)).header("Idempotent-Replayed", "true");
        as(mis).header("Idempotency-Key", key).contentType("text/csv").body(csv + Fixtures.upn() + ",Leo,Nowak,2016-04-04,M,5,5A,N,NONE,N,LOW\n")
                .post("/api/v1/imports?schoolId=" + trust.school(0))
                .then().statusCode(422).body("type", equalTo("urn:goldenthread:problem:idempotency-conflict"));
        assertEquals("SUCCEEDED", Fixtures.waitFor(mis, first).jsonPath().getString("status"));
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedAtOnceNamingThem() {
        Fixtures.Trust trust = Fixtures.trust(1);
        as(trust.mis(trust.schools())).contentType("text/csv").body("\uFEFFupn,academicYear,subject,scaledScore,colour\nX,2026-27,MATHS,100,red\n")
                .post("/api/v1/imports?schoolId=" + trust.school(0))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:import-invalid"))
                .body("errors.field", hasItem("term"))
                .body("errors.field", hasItem("colour"))
                .body("errors[0].line", equalTo(1));
        as(trust.mis(trust.schools())).contentType("application/json").body("{\"assessments\": [")
                .post("/api/v1/imports?schoolId=" + trust.school(0))
                .then().statusCode(400).contentType("application/problem+json").body("detail", notNullValue());
        as(trust.mis(trust.schools())).contentType("application/xml").body("<pupils/>")
                .post("/api/v1/imports").then().statusCode(415).contentType("application/problem+json");
        as(trust.mis(trust.schools())).contentType("text/csv").body(PUPIL_HEADER)
                .post("/api/v1/imports?mode=sometimes").then().statusCode(400).body("errors[0].field", equalTo("mode"));
        as(trust.token("TEACHER", 0)).contentType("text/csv").body(PUPIL_HEADER)
                .post("/api/v1/imports").then().statusCode(403);
    }

    @Test
    void jsonRowErrorsNameTheArrayIndexAndField() {
        Fixtures.Trust trust = Fixtures.trust(1);
        List<String> upns = pupils(trust, 0, 1);
        String json = """
                {"assessments": [
                  {"upn": "%s", "academicYear": "2026-27", "term": "SPRING", "subject": "READING", "source": "TEST", "scaledScore": 101},
                  {"upn": "%s", "academicYear": "2026-28", "term": "SPRING", "subject": "READING", "source": "TEST", "scaledScore": 121}
                ]}""".formatted(upns.get(0), upns.get(0));
        Response job = importAndWait(trust.mis(trust.schools()), "application/json", json, "schoolId=" + trust.school(0));
        assertEquals("FAILED", job.jsonPath().getString("status"));
        List<String> fields = job.jsonPath().getList("errors.field");
        assertTrue(fields.containsAll(List.of("assessments[1].academicYear", "assessments[1].scaledScore")), fields.toString());
        assertEquals(3, job.jsonPath().getInt("errors[0].line"));
    }
}
