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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The built-in 2010 toolkit, custom frameworks, and a school's ratings with their history and summaries. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class SelfEvaluationTest {
    private static final String TOOLKIT = "d0c5f010-2010-4000-8000-000000000001";
    /** Core element 6, standard A; and G (pupil conferencing). */
    private static final String STANDARD_6A = "d0c5f010-2010-4000-8002-000000000601";
    private static final String STANDARD_6G = "d0c5f010-2010-4000-8002-000000000607";
    private static final String STANDARD_2C = "d0c5f010-2010-4000-8002-000000000203";

    @Test
    void theToolkitCatalogueListsAllSixCoreElementsWithTheirStandards() {
        TrustFixture t = new TrustFixture();
        t.governorOfA().get("/api/v1/frameworks").then().statusCode(200)
                .body("items.id", hasItem(TOOLKIT));
        t.governorOfA().get("/api/v1/frameworks/" + TOOLKIT).then().statusCode(200)
                .body("builtIn", equalTo(true))
                .body("title", equalTo("Primary self-evaluation and improvement toolkit (2010)"))
                .body("coreElements.number", contains(1, 2, 3, 4, 5, 6))
                .body("coreElements.title", contains(
                        "Self-evaluation using the school improvement cycle",
                        "Tracking pupil progress at whole-school and classroom level",
                        "A single plan or Raising Attainment Plan (RAP)",
                        "Whole-school systematic CPD",
                        "An explicit focus on improving the quality of learning and teaching",
                        "Monitoring, evaluation and review, including pupil progress"))
                .body("coreElements[1].standards.code", contains("A", "B", "C", "D", "E", "F"))
                .body("coreElements[5].standards.code", contains("A", "B", "C", "D", "E", "F", "G"))
                .body("coreElements[0].standards", hasSize(5))
                .body("coreElements[2].standards", hasSize(5))
                .body("coreElements[3].standards", hasSize(4))
                .body("coreElements[4].standards", hasSize(5))
                .body("coreElements[5].standards[6].reference", equalTo("6G"))
                .body("coreElements[5].standards[6].title", equalTo("Pupil conferencing is used to engage children in their learning and improve provision and outcomes"))
                .body("coreElements[1].standards[2].description", containsString("assessing pupils' progress (APP)"))
                .body("coreElements[0].standards[0].description", nullValue())
                .body("coreElements[5].questions", hasItem("How do senior leaders ensure professional accountability for progress and attainment?"))
                .body("scale.value", contains(1, 2, 3, 4))
                .body("scale[0].meaning", equalTo("Strong feature of the school, with proven impact, that could be replicated and shared with others"))
                .body("scale[3].meaning", equalTo("An aspect in need of significant development requiring immediate action(s)"));
    }

    @Test
    void ratingsAreKeptWithTheirHistoryAndSummarisedPerCoreElement() {
        TrustFixture t = new TrustFixture();
        String id = t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-27", "frameworkId", TOOLKIT))
                .post("/api/v1/self-evaluations").then().statusCode(201)
                .body("overall.standards", equalTo(32))
                .body("overall.rated", equalTo(0))
                .body("overall.averageRating", nullValue())
                .body("coreElements", hasSize(6))
                .body("coreElements[5].standards.rating", everyItem(nullValue()))
                .extract().path("id");
        String base = "/api/v1/self-evaluations/" + id + "/ratings/";
        t.leaderOfA().body(Map.of("rating", 3, "evidenceNotes", "Monitoring is planned termly but outcomes are rarely fed back "
                        + "into the plan.", "actionNotes", "Head to add a monitoring review to each termly plan review (from spring)."))
                .put(base + STANDARD_6A).then().statusCode(428);
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 3, "evidenceNotes", "Monitoring is planned termly but "
                        + "outcomes are rarely fed back into the plan.", "actionNotes", "Head to add a monitoring review to each termly plan review."))
                .put(base + STANDARD_6A).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("reference", equalTo("6A"))
                .body("rating", equalTo(3))
                .body("ratingMeaning", equalTo("An aspect in need of some improvement requiring future action(s)"));
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 2)).put(base + STANDARD_6A).then().statusCode(412);
        t.leaderOfA().header("If-Match", "\"1\"").body(Map.of("rating", 2, "evidenceNotes", "Spring review used the January "
                        + "scrutiny's findings to refine actions 2.1 and 2.3.")).put(base + STANDARD_6A).then().statusCode(200)
                .body("rating", equalTo(2));
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 1, "evidenceNotes", "Pupil conferencing each term in every class"))
                .put(base + STANDARD_6G).then().statusCode(200);
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 4)).put(base + STANDARD_2C).then().statusCode(200);
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 5)).put(base + STANDARD_2C).then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));

        t.governorOfA().get("/api/v1/self-evaluations/" + id).then().statusCode(200)
                .body("overall.rated", equalTo(3))
                .body("overall.averageRating", equalTo(2.3f))
                .body("overall.needingAction", equalTo(1))
                .body("coreElements[5].summary.standards", equalTo(7))
                .body("coreElements[5].summary.rated", equalTo(2))
                .body("coreElements[5].summary.averageRating", equalTo(1.5f))
                .body("coreElements[5].summary.distribution.count", contains(1, 1, 0, 0))
                .body("coreElements[1].summary.needingAction", equalTo(1))
                .body("coreElements[5].standards[0].evidenceNotes", containsString("January scrutiny"));

        t.governorOfA().get("/api/v1/self-evaluations/" + id + "/history?standardId=" + STANDARD_6A).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.previousRating", contains(null, 3))
                .body("items.rating", contains(3, 2))
                .body("items[0].changedBy", equalTo("head@a." + t.trust));
        t.governorOfA().get("/api/v1/self-evaluations/" + id + "/history").then().body("items", hasSize(4));
        t.leaderOfA().get("/api/v1/self-evaluations?schoolId=" + t.schoolA + "&academicYear=2026-27").then()
                .body("items", hasSize(1)).body("items[0].overall.rated", equalTo(3));
    }

    @Test
    void repeatingARatingChangesNothingAndOnlyLeadersRate() {
        TrustFixture t = new TrustFixture();
        String id = t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-27", "frameworkId", TOOLKIT))
                .post("/api/v1/self-evaluations").then().statusCode(201).extract().path("id");
        String path = "/api/v1/self-evaluations/" + id + "/ratings/" + STANDARD_6A;
        t.leaderOfA().header("If-Match", "\"0\"").body(Map.of("rating", 2)).put(path).then().statusCode(200);
        t.leaderOfA().header("If-Match", "\"1\"").body(Map.of("rating", 2)).put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        t.governorOfA().get("/api/v1/self-evaluations/" + id + "/history").then().body("items", hasSize(1));
        t.governorOfA().header("If-Match", "\"1\"").body(Map.of("rating", 1)).put(path).then().statusCode(403);
        t.mathsLeaderOfA().header("If-Match", "\"1\"").body(Map.of("rating", 1)).put(path).then().statusCode(403);
        t.trustLeader().header("If-Match", "\"1\"").body(Map.of("rating", 1)).put(path).then().statusCode(200);
        t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-27", "frameworkId", TOOLKIT))
                .post("/api/v1/self-evaluations").then().statusCode(409);
        t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-28", "frameworkId", TOOLKIT))
                .post("/api/v1/self-evaluations").then().statusCode(400).body("errors[0].field", equalTo("academicYear"));
    }

    @Test
    void theBuiltInToolkitCannotChangeButATrustMayAddItsOwn() {
        TrustFixture t = new TrustFixture();
        Map<String, Object> reading = Map.of("title", "GLF reading review", "description", "Early reading, each spring",
                "coreElements", List.of(Map.of("title", "Early reading and phonics",
                        "questions", List.of("Do all pupils read books matched to their phonics knowledge?"),
                        "standards", List.of(Map.of("title", "Phonics follows one validated programme"),
                                Map.of("title", "Pupils who fall behind keep up daily")))));
        t.trustLeader().header("If-Match", "\"0\"").body(reading).put("/api/v1/frameworks/" + TOOLKIT).then().statusCode(403);
        t.leaderOfA().body(reading).post("/api/v1/frameworks").then().statusCode(403);
        String id = t.trustLeader().body(reading).post("/api/v1/frameworks").then().statusCode(201)
                .body("builtIn", equalTo(false))
                .body("coreElements[0].standards.reference", contains("1A", "1B"))
                .extract().path("id");
        t.leaderOfB().get("/api/v1/frameworks/" + id).then().statusCode(200);

        String evaluation = t.leaderOfA().body(Map.of("schoolId", t.schoolA.toString(), "academicYear", "2026-27", "frameworkId", id))
                .post("/api/v1/self-evaluations").then().statusCode(201)
                .body("overall.standards", equalTo(2)).extract().path("id");
        Map<String, Object> more = Map.of("title", "GLF reading review", "coreElements", List.of(Map.of("title", "Early reading",
                "standards", List.of(Map.of("title", "Phonics follows one validated programme")))));
        t.trustLeader().header("If-Match", "\"0\"").body(more).put("/api/v1/frameworks/" + id).then().statusCode(409);
        Map<String, Object> renamed = new java.util.HashMap<>(reading);
        renamed.put("title", "GLF early reading review");
        t.trustLeader().header("If-Match", "\"0\"").body(renamed).put("/api/v1/frameworks/" + id).then().statusCode(200)
                .body("title", equalTo("GLF early reading review"));
        t.leaderOfA().get("/api/v1/self-evaluations/" + evaluation).then().body("frameworkTitle", equalTo("GLF early reading review"));

        Map<String, Object> own = new java.util.HashMap<>(reading);
        own.put("schoolId", t.schoolA.toString());
        String schoolOwn = t.leaderOfA().body(own).post("/api/v1/frameworks").then().statusCode(201).extract().path("id");
        t.leaderOfB().get("/api/v1/frameworks/" + schoolOwn).then().statusCode(404);
        t.leaderOfB().body(Map.of("schoolId", t.schoolB.toString(), "academicYear", "2026-27", "frameworkId", schoolOwn))
                .post("/api/v1/self-evaluations").then().statusCode(400).body("errors[0].field", equalTo("frameworkId"));
    }

    @Test
    void aFrameworkWithoutStandardsIsRefusedNamingTheField() {
        TrustFixture t = new TrustFixture();
        t.trustLeader().body(Map.of("title", "Empty", "coreElements", List.of(Map.of("title", "Nothing", "standards", List.of()))))
                .post("/api/v1/frameworks").then().statusCode(400)
                .body("errors[0].field", equalTo("coreElements[0].standards"));
    }
}
