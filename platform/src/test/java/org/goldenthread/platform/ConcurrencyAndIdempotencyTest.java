package org.goldenthread.platform;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_A;
import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_B;
import static org.goldenthread.platform.PlatformTestSupport.leaderOfA;
import static org.goldenthread.platform.PlatformTestSupport.leaderOfB;
import static org.goldenthread.platform.PlatformTestSupport.note;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ETag/If-Match, Idempotency-Key and tenant scoping as every service's resources use them. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "platform"))
class ConcurrencyAndIdempotencyTest {

    private String create(String title) {
        return leaderOfA().body(note(SCHOOL_A, title)).post("/api/v1/notes")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void twoConcurrentEditsOneGets412() {
        String id = create("Year 4 writing");
        String etag = leaderOfA().get("/api/v1/notes/" + id).then().statusCode(200).extract().header("ETag");

        leaderOfA().header("If-Match", etag).body(note(SCHOOL_A, "first editor"))
                .put("/api/v1/notes/" + id).then().statusCode(200);
        leaderOfA().header("If-Match", etag).body(note(SCHOOL_A, "second editor"))
                .put("/api/v1/notes/" + id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:precondition-failed"));

        leaderOfA().get("/api/v1/notes/" + id).then().body("title", equalTo("first editor"));
    }

    @Test
    void updateWithoutIfMatchIs428() {
        String id = create("Year 4 writing");
        leaderOfA().body(note(SCHOOL_A, "blind write")).put("/api/v1/notes/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:precondition-required"));
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Response first = leaderOfA().header("Idempotency-Key", key).body(note(SCHOOL_A, "idempotent"))
                .post("/api/v1/notes");
        Response again = leaderOfA().header("Idempotency-Key", key).body(note(SCHOOL_A, "idempotent"))
                .post("/api/v1/notes");

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        leaderOfA().header("Idempotency-Key", key).body(note(SCHOOL_A, "one body")).post("/api/v1/notes")
                .then().statusCode(201);
        leaderOfA().header("Idempotency-Key", key).body(note(SCHOOL_A, "another body")).post("/api/v1/notes")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:idempotency-conflict"));
    }

    @Test
    void otherSchoolsNoteIsNotFound() {
        String id = create("School A only");
        leaderOfB().get("/api/v1/notes/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        leaderOfB().header("If-Match", "\"0\"").body(note(SCHOOL_B, "hijack")).put("/api/v1/notes/" + id)
                .then().statusCode(404);
    }

    @Test
    void creatingForAnotherSchoolIsNotFound() {
        leaderOfB().body(note(SCHOOL_A, "into A")).post("/api/v1/notes").then().statusCode(404);
    }
}
