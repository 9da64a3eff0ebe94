package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Governors read and never write; teachers read and update the actions they lead; subject leaders edit subject plans. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class GovernorAndRolesTest {
    private final School school = new School();

    @Test
    void governorCannotWriteAnything() {
        Item plan = school.planWithOneOfEach("Plan the governors hold us to");
        String priority = school.leader().get("/api/v1/plans/" + plan.id() + "/priorities").jsonPath().getString("items[0].id");
        String action = school.leader().get("/api/v1/priorities/" + priority + "/actions").jsonPath().getString("items[0].id");
        String milestone = school.leader().get("/api/v1/actions/" + action + "/milestones").jsonPath().getString("items[0].id");
        String objective = created(school.leader().body(Map.of("title", "Writing improves", "successCriterion", "70% at expected"))
                .post("/api/v1/priorities/" + priority + "/objectives")).id();
        String review = created(school.leader().body(Map.of("reviewedOn", "2026-11-27", "title", "Autumn review"))
                .post("/api/v1/plans/" + plan.id() + "/reviews")).id();
        Map<String, Object> move = Map.of("position", 1);
        List<Supplier<Response>> writes = new ArrayList<>(List.of(
                () -> school.governor().body(School.plan(school.id, "Governors' plan")).post("/api/v1/plans"),
                () -> school.governor().header("If-Match", "*").body(School.plan(school.id, "x")).put("/api/v1/plans/" + plan.id()),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/plans/" + plan.id()),
                () -> school.governor().header("If-Match", "*").post("/api/v1/plans/" + plan.id() + "/approve"),
                () -> school.governor().header("If-Match", "*").post("/api/v1/plans/" + plan.id() + "/activate"),
                () -> school.governor().header("If-Match", "*").post("/api/v1/plans/" + plan.id() + "/close"),
                () -> school.governor().body(School.priority("x")).post("/api/v1/plans/" + plan.id() + "/priorities"),
                () -> school.governor().body(Map.of("reviewedOn", "2026-11-27", "title", "x")).post("/api/v1/plans/" + plan.id() + "/reviews"),
                () -> school.governor().header("If-Match", "*").body(School.priority("x")).put("/api/v1/priorities/" + priority),
                () -> school.governor().header("If-Match", "*").body(move).post("/api/v1/priorities/" + priority + "/move"),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/priorities/" + priority),
                () -> school.governor().body(Map.of("title", "x")).post("/api/v1/priorities/" + priority + "/objectives"),
                () -> school.governor().header("If-Match", "*").body(Map.of("title", "x")).put("/api/v1/objectives/" + objective),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/objectives/" + objective),
                () -> school.governor().body(School.action("x")).post("/api/v1/priorities/" + priority + "/actions"),
                () -> school.governor().header("If-Match", "*").body(School.action("x")).put("/api/v1/actions/" + action),
                () -> school.governor().header("If-Match", "*").body(Map.of("status", "COMPLETED")).put("/api/v1/actions/" + action + "/status"),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/actions/" + action),
                () -> school.governor().body(School.trackingMilestone("SPRING", "2027-03-26", 60)).post("/api/v1/actions/" + action + "/milestones"),
                () -> school.governor().header("If-Match", "*").body(School.trackingMilestone("SPRING", "2027-03-26", 60)).put("/api/v1/milestones/" + milestone),
                () -> school.governor().header("If-Match", "*").body(Map.of("status", "MET", "reason", "looks fine")).put("/api/v1/milestones/" + milestone + "/status"),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/milestones/" + milestone + "/override"),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/milestones/" + milestone),
                () -> school.governor().header("If-Match", "*").body(Map.of("reviewedOn", "2026-11-27", "title", "x")).put("/api/v1/reviews/" + review),
                () -> school.governor().header("If-Match", "*").delete("/api/v1/reviews/" + review)));
        for (Supplier<Response> write : writes) {
            Response response = write.get();
            assertEquals(403, response.statusCode(), response::asString);
            assertEquals("urn:goldenthread:problem:forbidden", response.jsonPath().getString("type"));
        }
        // nothing changed, and the governor still reads everything
        Item after = ok(school.governor().get("/api/v1/plans/" + plan.id()));
        assertEquals(plan.etag(), after.etag());
        assertEquals("DRAFT", after.get("status"));
        school.governor().get("/api/v1/plans/" + plan.id() + "/summary").then().statusCode(200);
        school.governor().get("/api/v1/plans/" + plan.id() + "/history").then().statusCode(200);
        school.governor().get("/api/v1/milestones/" + milestone).then().statusCode(200);
    }

    @Test
    void teacherUpdatesTheStatusOfAnActionTheyLeadAndNothingElse() {
        Item plan = created(school.leader().body(School.plan(school.id, "Teacher-led actions")).post("/api/v1/plans"));
        Item priority = created(school.leader().body(School.priority("Reading for pleasure")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Map<String, Object> led = School.action("Class reading spine in Year 3");
        led.put("leadUserId", School.teacherId(school.id));
        Item mine = created(school.leader().body(led).post("/api/v1/priorities/" + priority.id() + "/actions"));
        Item notMine = created(school.leader().body(School.action("Library refurbishment")).post("/api/v1/priorities/" + priority.id() + "/actions"));

        Item done = ok(school.teacher().header("If-Match", mine.etag()).body(Map.of("status", "IN_PROGRESS"))
                .put("/api/v1/actions/" + mine.id() + "/status"));
        assertEquals("IN_PROGRESS", done.get("status"));
        school.teacher().header("If-Match", notMine.etag()).body(Map.of("status", "COMPLETED"))
                .put("/api/v1/actions/" + notMine.id() + "/status").then().statusCode(403);
        school.teacher().header("If-Match", done.etag()).body(School.action("Rewritten by the teacher"))
                .put("/api/v1/actions/" + mine.id()).then().statusCode(403);
        school.teacher().body(School.plan(school.id, "x")).post("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void subjectLeaderEditsSubjectPlansButNotTheSchoolPlan() {
        Item strategic = created(school.leader().body(School.plan(school.id, "School plan")).post("/api/v1/plans"));
        school.subjectLeader().body(School.priority("Subject leader's priority")).post("/api/v1/plans/" + strategic.id() + "/priorities")
                .then().statusCode(403);
        school.subjectLeader().body(School.plan(school.id, "Strategic by a subject leader")).post("/api/v1/plans").then().statusCode(403);
        Map<String, Object> subject = School.plan(school.id, "Science subject plan");
        subject.put("layer", "SUBJECT");
        subject.put("focus", "Science");
        Item plan = created(school.subjectLeader().body(subject).post("/api/v1/plans"));
        created(school.subjectLeader().body(School.priority("Working scientifically")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Map<String, Object> promoted = new java.util.HashMap<>(subject);
        promoted.put("layer", "STRATEGIC");
        school.subjectLeader().header("If-Match", plan.etag()).body(promoted).put("/api/v1/plans/" + plan.id())
                .then().statusCode(403).body("detail", equalTo("your role cannot make this a STRATEGIC plan"));
        assertEquals("SUBJECT", ok(school.leader().get("/api/v1/plans/" + plan.id())).get("layer"));
        school.subjectLeader().header("If-Match", ok(school.leader().get("/api/v1/plans/" + plan.id())).etag())
                .post("/api/v1/plans/" + plan.id() + "/approve").then().statusCode(403)
                .body("type", equalTo("urn:goldenthread:problem:forbidden"));
        assertTrue(ok(school.trustLeader().get("/api/v1/plans/" + plan.id())).get("title").startsWith("Science"));
    }
}
