package org.goldenthread.plans;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.plans.School.Item;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers 1, 1a, 1.2, 1.2.3 stay consistent when items are added, moved and deleted. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class NumberingTest {
    private final School school = new School();

    @Test
    void numbersFollowEveryAdditionMoveAndDeletion() {
        Item plan = created(school.leader().body(School.plan(school.id, "Numbered plan")).post("/api/v1/plans"));
        List<Item> priorities = new ArrayList<>();
        for (String t : List.of("Reading", "Writing", "Maths")) {
            priorities.add(created(school.leader().body(School.priority(t)).post("/api/v1/plans/" + plan.id() + "/priorities")));
        }
        Item maths = priorities.get(2);
        Item o1 = created(school.leader().body(Map.of("title", "Fluency", "successCriterion", "80% pass the MTC"))
                .post("/api/v1/priorities/" + maths.id() + "/objectives"));
        Item o2 = created(school.leader().body(Map.of("title", "Reasoning", "successCriterion", "70% at expected"))
                .post("/api/v1/priorities/" + maths.id() + "/objectives"));
        assertEquals(List.of("3a", "3b"), List.of(o1.get("number"), o2.get("number")));
        List<Item> actions = new ArrayList<>();
        for (String t : List.of("Times tables", "Bar modelling", "Arithmetic quizzes")) {
            actions.add(created(school.leader().body(School.action(t)).post("/api/v1/priorities/" + maths.id() + "/actions")));
        }
        assertEquals(List.of("3.1", "3.2", "3.3"), actions.stream().map(a -> a.get("number")).toList());
        Item m1 = created(school.leader().body(School.trackingMilestone("AUTUMN", "2026-12-18", 55)).post("/api/v1/actions/" + actions.get(1).id() + "/milestones"));
        Item m2 = created(school.leader().body(School.trackingMilestone("SPRING", "2027-03-26", 60)).post("/api/v1/actions/" + actions.get(1).id() + "/milestones"));
        assertEquals(List.of("3.2.1", "3.2.2"), List.of(m1.get("number"), m2.get("number")));

        // maths becomes the first priority: everything under it follows
        ok(school.leader().header("If-Match", maths.etag()).body(Map.of("position", 1)).post("/api/v1/priorities/" + maths.id() + "/move"));
        assertEquals(List.of("Maths", "Reading", "Writing"), titles(plan));
        assertEquals("1a", number("/api/v1/objectives/" + o1.id()));
        assertEquals("1.2", number("/api/v1/actions/" + actions.get(1).id()));
        assertEquals("1.2.2", number("/api/v1/milestones/" + m2.id()));

        // the last action moves to the top, the milestones of the old 1.2 become 1.3.x
        Item quizzes = ok(school.leader().get("/api/v1/actions/" + actions.get(2).id()));
        ok(school.leader().header("If-Match", quizzes.etag()).body(Map.of("position", 1)).post("/api/v1/actions/" + quizzes.id() + "/move"));
        assertEquals("1.1", number("/api/v1/actions/" + quizzes.id()));
        assertEquals("1.3.1", number("/api/v1/milestones/" + m1.id()));

        // a milestone moves to another priority's action; the gap it leaves closes
        Item reading = priorities.get(0);
        Item phonics = created(school.leader().body(School.action("Phonics catch-up")).post("/api/v1/priorities/" + reading.id() + "/actions"));
        assertEquals("2.1", phonics.get("number"));
        Item first = ok(school.leader().get("/api/v1/milestones/" + m1.id()));
        Item moved = ok(school.leader().header("If-Match", first.etag()).body(Map.of("position", 1, "actionId", phonics.id()))
                .post("/api/v1/milestones/" + m1.id() + "/move"));
        assertEquals("2.1.1", moved.get("number"));
        assertEquals(reading.id(), moved.get("priorityId"));
        assertEquals("1.3.1", number("/api/v1/milestones/" + m2.id()));

        // an action moves to another priority, and a deletion closes the gap
        Item bar = ok(school.leader().get("/api/v1/actions/" + actions.get(1).id()));
        Item barMoved = ok(school.leader().header("If-Match", bar.etag()).body(Map.of("position", 5, "priorityId", reading.id()))
                .post("/api/v1/actions/" + bar.id() + "/move"));
        assertEquals("2.2", barMoved.get("number"));
        assertEquals("2.2.1", number("/api/v1/milestones/" + m2.id()));
        assertEquals("1.2", number("/api/v1/actions/" + actions.get(0).id()));
        Item quizzesNow = ok(school.leader().get("/api/v1/actions/" + quizzes.id()));
        school.leader().header("If-Match", quizzesNow.etag()).delete("/api/v1/actions/" + quizzes.id()).then().statusCode(204);
        assertEquals("1.1", number("/api/v1/actions/" + actions.get(0).id()));
        Item readingNow = ok(school.leader().get("/api/v1/priorities/" + reading.id()));
        school.leader().header("If-Match", readingNow.etag()).delete("/api/v1/priorities/" + reading.id()).then().statusCode(204);
        assertEquals(List.of("Maths", "Writing"), titles(plan));
        assertEquals("2", number("/api/v1/priorities/" + priorities.get(1).id()));
        school.leader().get("/api/v1/milestones/" + m2.id()).then().statusCode(404);
    }

    private List<String> titles(Item plan) {
        return ok(school.leader().get("/api/v1/plans/" + plan.id() + "/priorities")).json().getList("items.title");
    }

    private String number(String path) {
        return ok(school.leader().get(path)).get("number");
    }
}
