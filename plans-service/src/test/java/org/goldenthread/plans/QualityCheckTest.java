package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality check flags each kind of gap the guidance names, with the items at fault, and passes a plan without gaps. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class QualityCheckTest {
    private final School school = new School();

    @Test
    void eachKindOfGapIsFlaggedWithTheItemsAtFault() {
        // layer 1: key issues KI1 (addressed) and KI2 (not), no self-evaluation link, seven priorities
        Map<String, Object> sip = School.plan(school.id, "Crowded plan");
        sip.put("selfEvaluationLinks", List.of());
        sip.put("inspectionKeyIssues", List.of(Map.of("code", "KI1", "text", "Improve writing across KS2"),
                Map.of("code", "KI2", "text", "Strengthen the role of middle leaders in monitoring")));
        Item plan = created(school.leader().body(sip).post("/api/v1/plans"));
        Map<String, Object> writing = School.priority("Writing");
        writing.put("addressesKeyIssues", List.of("KI1"));
        Item p1 = created(school.leader().body(writing).post("/api/v1/plans/" + plan.id() + "/priorities"));
        for (int i = 2; i <= 7; i++) {
            created(school.leader().body(School.priority("Priority " + i)).post("/api/v1/plans/" + plan.id() + "/priorities"));
        }
        created(school.leader().body(Map.of("title", "Writing improves", "successCriterion", "Pupils write better"))
                .post("/api/v1/priorities/" + p1.id() + "/objectives"));
        Map<String, Object> bare = new HashMap<>(Map.of("title", "Moderation with the cluster"));
        Item noLead = created(school.leader().body(bare).post("/api/v1/priorities/" + p1.id() + "/actions"));
        Map<String, Object> complete = School.action("Writing CPD");
        Item good = created(school.leader().body(complete).post("/api/v1/priorities/" + p1.id() + "/actions"));

        JsonPath report = ok(school.leader().get("/api/v1/plans/" + plan.id() + "/quality-check")).json();
        assertFalse(report.getBoolean("passed"));
        assertFault(report, "ACTION_HAS_LEAD", "1.1", "has no lead");
        assertFault(report, "ACTION_HAS_DATES", "1.1", "has no start or due date");
        assertFault(report, "ACTION_HAS_RESOURCES", "1.1", "has no budget, time, staffing or CPD");
        assertFault(report, "ACTION_HAS_MONITORING", "1.1", "has no monitoring arrangements");
        assertFault(report, "PRIORITY_HAS_MEASURABLE_SUCCESS_CRITERION", "1",
                "has no objective with a measurable success criterion (a figure or a measure)");
        assertFault(report, "PRIORITY_HAS_TERMLY_MILESTONE", "1", "has no termly milestone");
        assertFault(report, "PLAN_LINKS_SELF_EVALUATION", null, "has no link to a self-evaluation, audit or review");
        assertFault(report, "KEY_ISSUES_ADDRESSED", "KI2", "is addressed by no priority");
        assertFault(report, "PLAN_IS_CONCISE", null, "has 7 priorities; a concise plan has at most 6");
        assertEquals(1, faults(report, "ACTION_HAS_LEAD").size(), "the complete action " + good.get("number") + " is not at fault");
        assertEquals(7, faults(report, "PRIORITY_HAS_TERMLY_MILESTONE").size());
        assertEquals(1, faults(report, "KEY_ISSUES_ADDRESSED").size());
        assertTrue(check(report, "LAYER_TWO_PRIORITY_SUPPORTS_LAYER_ONE").get("passed").equals(true));
        assertEquals(false, check(report, "LAYER_TWO_PRIORITY_SUPPORTS_LAYER_ONE").get("applies"));
        assertEquals(noLead.id(), faults(report, "ACTION_HAS_LEAD").get(0).get("itemId"));

        // layer 2: a subject plan whose priority supports nothing in the strategic plan
        Map<String, Object> maths = School.plan(school.id, "Maths subject plan");
        maths.put("layer", "SUBJECT");
        maths.put("focus", "Mathematics");
        maths.put("parentPlanId", plan.id());
        Item subject = created(school.leader().body(maths).post("/api/v1/plans"));
        created(school.leader().body(School.priority("Arithmetic fluency")).post("/api/v1/plans/" + subject.id() + "/priorities"));
        Map<String, Object> linked = School.priority("Reasoning in writing");
        linked.put("parentPriorityId", p1.id());
        created(school.leader().body(linked).post("/api/v1/plans/" + subject.id() + "/priorities"));
        JsonPath layer2 = ok(school.leader().get("/api/v1/plans/" + subject.id() + "/quality-check")).json();
        assertFault(layer2, "LAYER_TWO_PRIORITY_SUPPORTS_LAYER_ONE", "1", "supports no priority of the layer-1 plan");
        assertEquals(1, faults(layer2, "LAYER_TWO_PRIORITY_SUPPORTS_LAYER_ONE").size());
    }

    @Test
    void aPlanWithoutGapsPasses() {
        Item plan = school.planWithOneOfEach("Tidy plan");
        String priority = school.leader().get("/api/v1/plans/" + plan.id() + "/priorities").jsonPath().getString("items[0].id");
        created(school.leader().body(Map.of("title", "Disadvantaged writers catch up",
                        "measure", Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(4),
                                "pupilGroup", "DISADVANTAGED", "metric", "GAP_DISADVANTAGED", "comparator", "AT_LEAST", "target", -5)))
                .post("/api/v1/priorities/" + priority + "/objectives"));
        JsonPath report = ok(school.governor().get("/api/v1/plans/" + plan.id() + "/quality-check")).json();
        assertTrue(report.getBoolean("passed"), report::prettify);
        assertEquals(0, report.getInt("failedChecks"));
        assertEquals(10, report.getList("checks").size());
    }

    private static Map<String, Object> check(JsonPath report, String code) {
        return report.getMap("checks.find { it.code == '" + code + "' }");
    }

    private static List<Map<String, Object>> faults(JsonPath report, String code) {
        return report.getList("checks.find { it.code == '" + code + "' }.faults");
    }

    private static void assertFault(JsonPath report, String code, String number, String problem) {
        Map<String, Object> check = check(report, code);
        assertEquals(false, check.get("passed"), code + " should fail");
        assertTrue(faults(report, code).stream().anyMatch(f -> java.util.Objects.equals(number, f.get("number"))
                && problem.equals(f.get("problem"))), () -> code + " should flag " + number + " " + problem + ": " + check);
    }
}
