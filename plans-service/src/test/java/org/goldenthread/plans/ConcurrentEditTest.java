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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.goldenthread.plans.School.created;
import static org.goldenthread.plans.School.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two people edit the same thing from the same read: one wins, the other gets 412 and nothing of theirs is written. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class ConcurrentEditTest {
    private final School school = new School();

    @Test
    void secondEditFromTheSameReadGets412() {
        Item plan = created(school.leader().body(School.plan(school.id, "Plan 2026-27")).post("/api/v1/plans"));
        Item head = ok(school.leader().header("If-Match", plan.etag()).body(School.plan(school.id, "Plan 2026-27 (head's edit)"))
                .put("/api/v1/plans/" + plan.id()));
        school.trustLeader().header("If-Match", plan.etag()).body(School.plan(school.id, "Plan 2026-27 (CEO's edit)"))
                .put("/api/v1/plans/" + plan.id()).then().statusCode(412).contentType("application/problem+json");
        school.leader().body(School.plan(school.id, "No If-Match")).put("/api/v1/plans/" + plan.id()).then().statusCode(428);
        Item now = ok(school.leader().get("/api/v1/plans/" + plan.id()));
        assertEquals("Plan 2026-27 (head's edit)", now.get("title"));
        assertEquals(head.etag(), now.etag());
    }

    @Test
    void twoSimultaneousEditsOfAnActionOneWinsOneGets412() throws Exception {
        Item plan = created(school.leader().body(School.plan(school.id, "Plan for racing edits")).post("/api/v1/plans"));
        Item priority = created(school.leader().body(School.priority("Maths fluency")).post("/api/v1/plans/" + plan.id() + "/priorities"));
        Item action = created(school.leader().body(School.action("Daily times-tables practice")).post("/api/v1/priorities/" + priority.id() + "/actions"));
        for (int round = 0; round < 3; round++) {
            Item read = ok(school.leader().get("/api/v1/actions/" + action.id()));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Response>> results = new ArrayList<>();
                for (String who : List.of("head", "deputy")) {
                    Map<String, Object> body = School.action("Daily times-tables practice (" + who + " round " + round + ")");
                    Callable<Response> edit = () -> {
                        start.await();
                        return school.leader().header("If-Match", read.etag()).body(body).put("/api/v1/actions/" + action.id());
                    };
                    results.add(pool.submit(edit));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> f : results) {
                    statuses.add(f.get(30, TimeUnit.SECONDS).statusCode());
                }
                statuses.sort(Integer::compareTo);
                assertEquals(List.of(200, 412), statuses);
            } finally {
                pool.shutdownNow();
            }
            Item after = ok(school.leader().get("/api/v1/actions/" + action.id()));
            assertEquals(Long.parseLong(read.etag().replace("\"", "")) + 1, Long.parseLong(after.etag().replace("\"", "")));
        }
    }
}
