package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every change to a plan or any of its parts is in its history: who, when, which item, and each field before and after. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class HistoryTest {
    private final School school = new School();

    @Test
    void historyShowsEveryChangeWithWhoWhenBeforeAndAfter() {
        String head = "school_leader@" + school.id;
        String ceo = "trust_leader@" + school.trust;
        Item plan = created(school.leader().body(School.plan(school.id, "Plan 2026-27")).post("/api/v1/plans"));
        Item renamed = ok(school.trustLeader().header("If-Match", plan.etag()).body(School.plan(school.id, "School improvement plan 2026-27"))
                .put("/api/v1/plans/" + plan.id()));
        Item first = created(school.leader().body(School.priority("Writing")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item second = created(school.leader().body(School.priority("Attendance")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item action = created(school.leader().body(School.action("Attendance officer calls on day one")).post("/api/v1/priorities/" + second.id() + "/actions"));
        Map<String, Object> later = School.action("Attendance officer calls on day one");
        later.put("dueDate", "2027-03-26");
        Item changed = ok(school.leader().header("If-Match", action.etag()).body(later).put("/api/v1/actions/" + action.id()));
        Item milestone = created(school.leader().body(School.monitoringMilestone("SPRING", "2027-03-20")).post("/api/v1/actions/" + action.id() + "/milestones"));
        ok(school.leader().header("If-Match", milestone.etag()).body(Map.of("status", "AT_RISK", "reason", "Persistent absence up in Year 5"))
                .put("/api/v1/milestones/" + milestone.id() + "/status"));
        ok(school.leader().header("If-Match", second.etag()).body(Map.of("position", 1)).post("/api/v1/priorities/" + second.id() + "/move"));
        Item firstNow = ok(school.leader().get("/api/v1/priorities/" + first.id()));
        school.leader().header("If-Match", firstNow.etag()).delete("/api/v1/priorities/" + first.id()).then().statusCode(204);
        ok(school.leader().header("If-Match", renamed.etag()).post("/api/v1/plans/" + plan.id() + "/approve"));

        List<Map<String, Object>> entries = all(plan.id());
        Collections.reverse(entries); // oldest first, to read as a story
        List<String> story = entries.stream().map(e -> e.get("kind") + " " + e.get("itemType") + " " + e.get("itemNumber")).toList();
        assertEquals(List.of(
                "CREATED PLAN null",
                "UPDATED PLAN null",
                "CREATED PRIORITY 1",
                "CREATED PRIORITY 2",
                "CREATED ACTION 2.1",
                "UPDATED ACTION 2.1",
                "CREATED MILESTONE 2.1.1",
                "STATUS_CHANGED MILESTONE 2.1.1",
                "RENUMBERED PRIORITY 1",
                "RENUMBERED PRIORITY 2",
                "RENUMBERED ACTION 1.1",
                "RENUMBERED MILESTONE 1.1.1",
                "DELETED PRIORITY 2",
                "STATUS_CHANGED PLAN null"), story);

        Map<String, Object> rename = entries.get(1);
        assertEquals(ceo, rename.get("changedBy"));
        assertNotNull(rename.get("changedAt"));
        assertEquals(List.of(Map.of("field", "title", "before", "Plan 2026-27", "after", "School improvement plan 2026-27")),
                rename.get("changes"));
        Map<String, Object> due = entries.get(5);
        assertEquals(head, due.get("changedBy"));
        assertEquals(List.of(Map.of("field", "dueDate", "before", "2027-07-16", "after", "2027-03-26")), due.get("changes"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> override = (List<Map<String, Object>>) entries.get(7).get("changes");
        assertEquals(Map.of("field", "status", "before", "NOT_DUE", "after", "AT_RISK"), override.get(0));
        assertEquals(Map.of("field", "overrideReason", "after", "Persistent absence up in Year 5"),
                withoutNull(override.stream().filter(c -> c.get("field").equals("overrideReason")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> moved = (List<Map<String, Object>>) entries.get(8).get("changes");
        assertEquals(List.of(Map.of("field", "number", "before", "2", "after", "1")), moved);
        assertEquals("Attendance", entries.get(8).get("itemTitle"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deleted = (List<Map<String, Object>>) entries.get(12).get("changes");
        assertEquals(Map.of("field", "title", "before", "Writing"), withoutNull(deleted.get(1)));
        assertEquals("Writing", entries.get(12).get("itemTitle"));

        // one item's own history
        JsonPath actionHistory = ok(school.governor().queryParam("itemId", action.id()).get("/api/v1/plans/" + plan.id() + "/history")).json();
        assertEquals(List.of("RENUMBERED", "UPDATED", "CREATED"), actionHistory.getList("items.kind"));
        assertEquals(changed.get("dueDate"), "2027-03-26");
    }

    private static Map<String, Object> withoutNull(Map<String, Object> change) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(change);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }

    private List<Map<String, Object>> all(String planId) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String next = "/api/v1/plans/" + planId + "/history?limit=5";
        while (next != null) {
            JsonPath page = ok(school.leader().get(next)).json();
            entries.addAll(page.getList("items"));
            next = page.getString("next");
        }
        return entries;
    }
}
