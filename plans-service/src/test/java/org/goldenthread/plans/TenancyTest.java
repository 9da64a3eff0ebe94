package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevTokens;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** School A can neither read nor change school B's plan, by id or by list; another trust sees nothing. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class TenancyTest {
    private final School school = new School();

    @Test
    void otherSchoolsPlanIsNotFoundByIdAndAbsentFromLists() {
        Item plan = school.planWithOneOfEach("Plan of school A");
        String priority = school.leader().get("/api/v1/plans/" + plan.id() + "/priorities").jsonPath().getString("items[0].id");
        String action = school.leader().get("/api/v1/priorities/" + priority + "/actions").jsonPath().getString("items[0].id");
        String milestone = school.leader().get("/api/v1/actions/" + action + "/milestones").jsonPath().getString("items[0].id");
        Item ownB = created(school.otherLeader().body(School.plan(school.other, "Plan of school B")).post("/api/v1/plans"));

        RequestSpecification b = school.otherLeader();
        for (String path : List.of("/api/v1/plans/" + plan.id(), "/api/v1/plans/" + plan.id() + "/summary",
                "/api/v1/plans/" + plan.id() + "/quality-check", "/api/v1/plans/" + plan.id() + "/history",
                "/api/v1/plans/" + plan.id() + "/export.csv", "/api/v1/plans/" + plan.id() + "/priorities",
                "/api/v1/plans/" + plan.id() + "/reviews", "/api/v1/priorities/" + priority, "/api/v1/actions/" + action,
                "/api/v1/milestones/" + milestone, "/api/v1/milestones/" + milestone + "/evaluations")) {
            school.otherLeader().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:goldenthread:problem:not-found"));
        }
        // changing by id: 404 whatever the ETag, exactly like an id that does not exist
        b.header("If-Match", plan.etag()).body(School.plan(school.id, "Taken over")).put("/api/v1/plans/" + plan.id()).then().statusCode(404);
        school.otherLeader().header("If-Match", "*").delete("/api/v1/plans/" + plan.id()).then().statusCode(404);
        school.otherLeader().header("If-Match", "*").post("/api/v1/plans/" + plan.id() + "/approve").then().statusCode(404);
        school.otherLeader().body(School.priority("Injected")).post("/api/v1/plans/" + plan.id() + "/priorities").then().statusCode(404);
        school.otherLeader().header("If-Match", "*").body(School.priority("Renamed")).put("/api/v1/priorities/" + priority).then().statusCode(404);
        school.otherLeader().body(School.action("Injected")).post("/api/v1/priorities/" + priority + "/actions").then().statusCode(404);
        school.otherLeader().header("If-Match", "*").body(Map.of("status", "MET", "reason", "x"))
                .put("/api/v1/milestones/" + milestone + "/status").then().statusCode(404);
        school.otherLeader().header("If-Match", "*").delete("/api/v1/actions/" + action).then().statusCode(404);
        // creating a plan for a school that is not yours
        school.otherLeader().body(School.plan(school.id, "For someone else")).post("/api/v1/plans").then().statusCode(404);

        // lists never contain another school's items, even when asked by its id
        school.otherLeader().get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(ownB.id())).body("items.id", not(hasItem(plan.id())));
        school.otherLeader().queryParam("schoolId", school.id).get("/api/v1/plans").then().statusCode(200).body("items", equalTo(List.of()));
        school.otherLeader().queryParam("planId", plan.id()).get("/api/v1/actions").then().body("items", equalTo(List.of()));
        school.otherLeader().queryParam("planId", plan.id()).get("/api/v1/milestones").then().body("items", equalTo(List.of()));
        school.otherLeader().get("/api/v1/plans/trust-summary").then().statusCode(200)
                .body("plans.planId", not(hasItem(plan.id()))).body("plans.planId", hasItem(ownB.id()));

        // and school A's plan is untouched
        Item after = ok(school.leader().get("/api/v1/plans/" + plan.id()));
        assertEquals("Plan of school A", after.get("title"));
        assertEquals(plan.etag(), after.etag());
    }

    @Test
    void anotherTrustSeesNothingEvenAsTrustLeader() {
        Item plan = school.planWithOneOfEach("Plan of a GLF school");
        RequestSpecification stranger = School.as(DevTokens.trustUser("TRUST_LEADER", UUID.randomUUID()));
        stranger.get("/api/v1/plans/" + plan.id()).then().statusCode(404);
        School.as(DevTokens.trustUser("TRUST_LEADER", UUID.randomUUID())).get("/api/v1/plans").then().body("items.id", not(hasItem(plan.id())));
        School.as(DevTokens.trustUser("ANALYTICS", UUID.randomUUID())).get("/api/v1/plans/events").then().statusCode(200)
                .body("items.data.planId", not(hasItem(plan.id())));
        // a token naming the school but another trust is still another tenant
        School.as(DevTokens.schoolUser("SCHOOL_LEADER", UUID.randomUUID(), school.id)).get("/api/v1/plans/" + plan.id()).then().statusCode(404);
    }

    @Test
    void trustPlansAreReadOnlyToTheTrustsSchools() {
        Map<String, Object> body = School.plan(null, "GLF Schools trust improvement plan 2026-27");
        body.remove("schoolId");
        Item trustPlan = created(school.trustLeader().body(body).post("/api/v1/plans"));
        assertEquals(null, trustPlan.get("schoolId"));
        ok(school.leader().get("/api/v1/plans/" + trustPlan.id()));
        school.governor().get("/api/v1/plans").then().body("items.id", hasItem(trustPlan.id()));
        school.leader().header("If-Match", trustPlan.etag()).body(body).put("/api/v1/plans/" + trustPlan.id())
                .then().statusCode(403).body("detail", equalTo("only a trust leader can change a trust plan"));
        school.leader().body(School.priority("A school's idea")).post("/api/v1/plans/" + trustPlan.id() + "/priorities").then().statusCode(403);
        school.leader().header("If-Match", trustPlan.etag()).post("/api/v1/plans/" + trustPlan.id() + "/approve").then().statusCode(403);
        school.leader().body(body).post("/api/v1/plans").then().statusCode(403);
        created(school.trustLeader().body(School.priority("Every school's writing")).post("/api/v1/plans/" + trustPlan.id() + "/priorities"));
    }
}
