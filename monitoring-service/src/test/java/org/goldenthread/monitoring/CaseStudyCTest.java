package org.goldenthread.monitoring;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Case study C of the NCETM primary improvement-planning guidance (shared/seeds/
 * ncetm-primary-improvement-planning.txt), entered through the API as the subject leader would:
 * the January 2009 work scrutiny, the March pupil conferencing and the June follow-up, read back
 * as the follow-up view — differentiation and reasoning remain key issues, developmental marking
 * has partly improved, and the rest have improved.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class CaseStudyCTest {
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";

    /** The January scrutiny's findings, by focus tag, in the case study's words. */
    private static final Map<String, String> JANUARY = new LinkedHashMap<>();
    /** June's follow-up of each: the outcome, the kind, the judgement and the words. */
    private static final Map<String, Object[]> JUNE = new LinkedHashMap<>();

    static {
        JANUARY.put("developmental-marking", "Some books contain informative and interactive comments / annotations from class "
                + "teachers. They provide feedback to pupils, a commentary on learning outcomes and, where appropriate, details / "
                + "guidance regarding 'next steps'.");
        JANUARY.put("differentiation", "With the exception of YR, differentiation is uneven and tends to rely on outcomes (of the "
                + "same task) rather than through differentiated objectives. Average attainers will, on the evidence provided, need "
                + "to make accelerated progress in order to reach age-related expectations by the end of the year. More able pupils "
                + "are not consistently challenged.");
        JANUARY.put("worksheets", "There appears to be an over-reliance on worksheets in some classes. Often the activities are "
                + "very structured and don't allow pupils to develop, and record, their own thinking.");
        JANUARY.put("visual-representations", "Greater use needs to be made of pictorial/visual representations, including the use "
                + "of number lines, to support early calculation strategies (Years 1 - 3).");
        JANUARY.put("reasoning-and-problem-solving", "Limited evidence of mathematical reasoning and problem solving activities that "
                + "encourage children to use/apply knowledge and understanding.");
        JANUARY.put("estimation-and-checking", "There is insufficient evidence of pupils using estimation / checking procedures for "
                + "written calculations (Years 4/5).");
        JANUARY.put("learning-objectives-and-dating", "Learning objectives need to recorded more consistently and samples of work "
                + "must be dated.");

        JUNE.put("developmental-marking", new Object[]{"PARTLY_IMPROVED", "AREA_FOR_DEVELOPMENT", 3,
                "Developmental marking remains inconsistent across the school. There are examples of teachers giving (written) "
                        + "learning prompts. The use of exemplifications, illustrating learning outcomes, will provide additional "
                        + "support/guidance to pupils."});
        JUNE.put("differentiation", new Object[]{"REMAINS_A_KEY_ISSUE", "AREA_FOR_DEVELOPMENT", 3,
                "This remains a key issue. Work is now more closely matched to age-related expectations though differentiation "
                        + "through outcome continues to be the most common strategy used."});
        JUNE.put("worksheets", new Object[]{"IMPROVED", "STRENGTH", 1,
                "Overall, worksheets are now used sparingly. Pupils in Years 1 - 6 now have a single (A4) exercise into which all "
                        + "written work is recorded. Each book has a dedicated space for working out and 'jottings'. This has had a "
                        + "very positive impact. Pupils' work is generally neat, well set out and easy to follow."});
        JUNE.put("visual-representations", new Object[]{"IMPROVED", "STRENGTH", 2,
                "There is now more evidence of pupils using number lines and pictures/drawings to support calculation strategies."});
        JUNE.put("reasoning-and-problem-solving", new Object[]{"REMAINS_A_KEY_ISSUE", "AREA_FOR_DEVELOPMENT", 3,
                "This also remains a key issue. Evidence of AT1 is limited to application of calculation strategies within "
                        + "story/context problems. Little use is made of 'open' questioning and enquiry-based learning."});
        JUNE.put("estimation-and-checking", new Object[]{"IMPROVED", "STRENGTH", 2,
                "There is evidence of pupils checking their own calculations using inverse operations. This self-assessment "
                        + "technique can be broadened to introduce peer assessment on selected pieces of work."});
        JUNE.put("learning-objectives-and-dating", new Object[]{"IMPROVED", "STRENGTH", 2,
                "Learning objectives are recorded consistently and work is dated. Some teachers make effective use of success "
                        + "criteria to guide pupils and inform marking/feedback."});
    }

    @Test
    void caseStudyCReadsBackAsTheJuneFollowUpOfTheJanuaryScrutiny() {
        TrustFixture school = new TrustFixture();
        List<String> tags = List.copyOf(JANUARY.keySet());

        // January 2009: work scrutiny of samples of work from YR to Y6.
        Map<String, Object> january = TrustFixture.activity(school.schoolA, "WORK_SCRUTINY", "2009-01-21", "Mathematics",
                List.of(0, 1, 2, 3, 4, 5, 6), tags);
        january.put("title", "Mathematics work scrutiny, YR-Y6");
        january.put("lead", "Mathematics subject leader");
        january.put("participants", List.of(Map.of("name", "Class teachers YR-Y6", "role", "Provided samples of work")));
        String januaryId = school.plan(school.mathsLeaderOfA(), january).body("term", equalTo("SPRING"))
                .body("academicYear", equalTo("2008-09")).extract().path("id");
        school.complete(school.mathsLeaderOfA(), januaryId, "2009-01-21");
        Map<String, String> januaryFindings = new HashMap<>();
        for (Map.Entry<String, String> f : JANUARY.entrySet()) {
            Map<String, Object> body = TrustFixture.finding("AREA_FOR_DEVELOPMENT", f.getValue(), 3, List.of(f.getKey()));
            if (f.getKey().equals("visual-representations")) {
                body.put("yearGroups", List.of(1, 2, 3));
            }
            if (f.getKey().equals("estimation-and-checking")) {
                body.put("yearGroups", List.of(4, 5));
            }
            januaryFindings.put(f.getKey(), school.mathsLeaderOfA().body(body).post(ACTIVITIES + "/" + januaryId + "/findings")
                    .then().statusCode(201).body("judgementMeaning", equalTo("An aspect in need of some improvement requiring future action(s)"))
                    .extract().path("id"));
        }

        // March 2009: pupil conferencing about targets.
        Map<String, Object> march = TrustFixture.activity(school.schoolA, "PUPIL_CONFERENCING", "2009-03-11", "Mathematics",
                List.of(1, 2, 3, 4, 5, 6), List.of("pupil-targets"));
        march.put("title", "Pupil conferencing: targets");
        march.put("lead", "Mathematics subject leader");
        String marchId = school.plan(school.mathsLeaderOfA(), march).extract().path("id");
        school.complete(school.mathsLeaderOfA(), marchId, "2009-03-11");
        school.mathsLeaderOfA().body(TrustFixture.finding("STRENGTH", "Pupils communicated well and responded enthusiastically to "
                + "questions asked, and demonstrated positive attitudes towards their schoolwork.", 2, List.of("pupil-attitudes")))
                .post(ACTIVITIES + "/" + marchId + "/findings").then().statusCode(201);
        school.mathsLeaderOfA().body(TrustFixture.finding("STRENGTH", "Most pupils explained that targets are displayed on classroom "
                + "walls; there is a consistent colour coding system (for targets on walls) throughout the school - red, yellow, "
                + "green and blue.", 2, List.of("pupil-targets")))
                .post(ACTIVITIES + "/" + marchId + "/findings").then().statusCode(201);
        school.mathsLeaderOfA().body(TrustFixture.finding("AREA_FOR_DEVELOPMENT", "To ensure all pupils know, and can explain, "
                + "their targets for reading, writing and mathematics.", 3, List.of("pupil-targets")))
                .post(ACTIVITIES + "/" + marchId + "/findings").then().statusCode(201);

        // June 2009: the follow-up scrutiny, in the light of the January findings.
        Map<String, Object> june = TrustFixture.activity(school.schoolA, "WORK_SCRUTINY", "2009-06-17", "Mathematics",
                List.of(0, 1, 2, 3, 4, 5, 6), tags);
        june.put("title", "Mathematics work scrutiny: follow-up");
        june.put("lead", "Mathematics subject leader");
        june.put("purpose", "Analysed evidence in the light of findings from previous work scrutiny");
        String juneId = school.plan(school.mathsLeaderOfA(), june).body("term", equalTo("SUMMER")).extract().path("id");
        school.complete(school.mathsLeaderOfA(), juneId, "2009-06-17");
        for (Map.Entry<String, Object[]> f : JUNE.entrySet()) {
            Object[] v = f.getValue();
            Map<String, Object> body = TrustFixture.finding((String) v[1], (String) v[3], (Integer) v[2], List.of(f.getKey()));
            body.put("followsUpFindingId", januaryFindings.get(f.getKey()));
            body.put("followUpOutcome", v[0]);
            school.mathsLeaderOfA().body(body).post(ACTIVITIES + "/" + juneId + "/findings").then().statusCode(201)
                    .body("followUpOutcome", equalTo(v[0]));
        }

        // The January scrutiny as the June follow-up left it.
        JsonPath view = school.leaderOfA().get(ACTIVITIES + "/" + januaryId + "/follow-ups").then().statusCode(200)
                .body("activity.id", equalTo(januaryId))
                .body("findings", hasSize(7))
                .body("improved", equalTo(4))
                .body("partlyImproved", equalTo(1))
                .body("remainsAKeyIssue", equalTo(2))
                .body("notFollowedUp", equalTo(0))
                .extract().jsonPath();
        for (int i = 0; i < 7; i++) {
            String tag = view.getString("findings[" + i + "].finding.focusTags[0]");
            Object[] expected = JUNE.get(tag);
            assertEquals(JANUARY.get(tag), view.getString("findings[" + i + "].finding.statement"), tag);
            assertEquals(expected[0], view.getString("findings[" + i + "].latestOutcome"), tag);
            assertEquals(expected[3], view.getString("findings[" + i + "].followUps[0].statement"), tag);
            assertEquals(juneId, view.getString("findings[" + i + "].followUps[0].activityId"), tag);
            assertEquals((Integer) expected[2], view.getInt("findings[" + i + "].latestJudgement"), tag);
        }

        // One focus area across the successive activities: January, then June.
        school.teacherOfA().get("/api/v1/findings/focus-areas/differentiation?schoolId=" + school.schoolA).then().statusCode(200)
                .body("activities.activity.id", contains(januaryId, juneId))
                .body("activities[0].activity.plannedOn", equalTo("2009-01-21"))
                .body("threads", hasSize(1))
                .body("threads[0].finding.id", equalTo(januaryFindings.get("differentiation")))
                .body("threads[0].latestOutcome", equalTo("REMAINS_A_KEY_ISSUE"))
                .body("threads[0].followUps[0].statement", containsString("remains a key issue"));
        school.teacherOfA().get("/api/v1/findings/focus-areas/pupil-targets?schoolId=" + school.schoolA).then().statusCode(200)
                .body("activities.activity.id", contains(marchId))
                .body("activities[0].activity.type", equalTo("PUPIL_CONFERENCING"))
                .body("activities[0].findings.kind", contains("STRENGTH", "AREA_FOR_DEVELOPMENT"))
                .body("threads.latestOutcome", contains(null, null));

        // A single thread from the finding itself.
        school.governorOfA().get("/api/v1/findings/" + januaryFindings.get("developmental-marking") + "/follow-ups").then()
                .statusCode(200)
                .body("latestOutcome", equalTo("PARTLY_IMPROVED"))
                .body("followUps", hasSize(1));
    }

    @Test
    void aFollowUpMustComeLaterFromAnotherActivityAndSayHowItMoved() {
        TrustFixture school = new TrustFixture();
        String january = school.plan(school.leaderOfA(), TrustFixture.activity(school.schoolA, "WORK_SCRUTINY", "2027-01-21",
                "Mathematics", List.of(4), List.of("differentiation"))).extract().path("id");
        String finding = school.leaderOfA().body(TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Differentiation is uneven", 3,
                List.of("differentiation"))).post(ACTIVITIES + "/" + january + "/findings").then().statusCode(201).extract().path("id");
        String autumn = school.plan(school.leaderOfA(), TrustFixture.activity(school.schoolA, "WORK_SCRUTINY", "2026-11-10",
                "Mathematics", List.of(4), List.of("differentiation"))).extract().path("id");

        Map<String, Object> earlier = TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Still uneven", 3, List.of("differentiation"));
        earlier.put("followsUpFindingId", finding);
        earlier.put("followUpOutcome", "REMAINS_A_KEY_ISSUE");
        school.leaderOfA().body(earlier).post(ACTIVITIES + "/" + autumn + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("followsUpFindingId"));
        school.leaderOfA().body(earlier).post(ACTIVITIES + "/" + january + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("followsUpFindingId"));

        String june = school.plan(school.leaderOfA(), TrustFixture.activity(school.schoolA, "WORK_SCRUTINY", "2027-06-10",
                "Mathematics", List.of(4), List.of("differentiation"))).extract().path("id");
        Map<String, Object> noOutcome = TrustFixture.finding("AREA_FOR_DEVELOPMENT", "Still uneven", 3, List.of("differentiation"));
        noOutcome.put("followsUpFindingId", finding);
        school.leaderOfA().body(noOutcome).post(ACTIVITIES + "/" + june + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("followUpOutcome"));
        Map<String, Object> strength = TrustFixture.finding("STRENGTH", "Well matched", 4, List.of("differentiation"));
        school.leaderOfA().body(strength).post(ACTIVITIES + "/" + june + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("judgement"));
        Map<String, Object> follow = TrustFixture.finding("STRENGTH", "Work is well matched", 2, List.of("differentiation"));
        follow.put("followsUpFindingId", finding);
        follow.put("followUpOutcome", "IMPROVED");
        school.leaderOfA().body(follow).post(ACTIVITIES + "/" + june + "/findings").then().statusCode(201);
        school.leaderOfA().header("If-Match", school.etagOf(school.leaderOfA(), "/api/v1/findings/" + finding))
                .delete("/api/v1/findings/" + finding).then().statusCode(409);
    }
}
