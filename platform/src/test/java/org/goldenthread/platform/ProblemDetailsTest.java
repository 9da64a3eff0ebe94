package org.goldenthread.platform;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_A;
import static org.goldenthread.platform.PlatformTestSupport.leaderOfA;
import static org.goldenthread.platform.PlatformTestSupport.note;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every kind of bad input gets its problem+json 4xx naming what to fix, never a 5xx. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "platform"))
class ProblemDetailsTest {

    @Test
    void missingRequiredFieldNamesTheField() {
        leaderOfA().body("""
                        {"schoolId":"%s","term":"SPRING","pupils":3}""".formatted(SCHOOL_A))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("requestId", notNullValue());
    }

    @Test
    void outOfRangeValueNamesTheField() {
        leaderOfA().body(note(SCHOOL_A, "Year 4 writing").replace("\"pupils\":28", "\"pupils\":-1"))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("pupils"));
    }

    @Test
    void blankElementOfAListNamesItsIndex() {
        leaderOfA().body(note(SCHOOL_A, "Year 4 writing").replace("[\"writing\"]", "[\"writing\",\"\"]"))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("tags[1]"));
    }

    @Test
    void unreadableJsonIsA400() {
        leaderOfA().body("{\"schoolId\": ")
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:unreadable-body"))
                .body("detail", not(containsString("Exception")))
                .body("stackTrace", nullValue());
    }

    @Test
    void wrongTypeNamesTheField() {
        leaderOfA().body(note(SCHOOL_A, "Year 4 writing").replace("\"pupils\":28", "\"pupils\":\"twenty\""))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:validation"))
                .body("errors[0].field", equalTo("pupils"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        leaderOfA().body(note(SCHOOL_A, "Year 4 writing").replace("SPRING", "LENT"))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("term"))
                .body("errors[0].message", equalTo("must be one of AUTUMN, SPRING, SUMMER"));
    }

    @Test
    void malformedUuidInBodyNamesTheField() {
        leaderOfA().body(note(SCHOOL_A, "Year 4 writing").replace(SCHOOL_A.toString(), "not-a-uuid"))
                .post("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("schoolId"));
    }

    @Test
    void malformedUuidInPathIsNotFound() {
        leaderOfA().get("/api/v1/notes/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:not-found"));
    }

    @Test
    void unknownIdIsNotFound() {
        leaderOfA().get("/api/v1/notes/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:not-found"));
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "x".repeat(70 * 1024);
        leaderOfA().body(note(SCHOOL_A, huge))
                .post("/api/v1/notes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:payload-too-large"));
    }

    @Test
    void badPageLimitNamesTheParameter() {
        leaderOfA().get("/api/v1/notes/events?limit=0")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void forgedCursorNamesTheParameter() {
        leaderOfA().get("/api/v1/notes/events?after=bm9wZQ")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void wrongContentTypeIs415() {
        leaderOfA().contentType("text/plain").body("hello")
                .post("/api/v1/notes")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void unknownEnumInQueryNamesTheParameter() {
        leaderOfA().get("/api/v1/notes/count?term=LENT")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("term"))
                .body("errors[0].message", equalTo("must be one of AUTUMN, SPRING, SUMMER"));
    }

    @Test
    void malformedUuidInQueryNamesTheParameter() {
        leaderOfA().get("/api/v1/notes/count?schoolId=school-a")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("schoolId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void openApiDescribesErrorBodiesAsProblems() {
        RestAssured.given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/notes/{id}'.get.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.type.type", equalTo("string"));
    }

    @Test
    void noTokenIs401() {
        RestAssured.given().get("/api/v1/notes/00000000-0000-4000-8000-000000000000")
                .then().statusCode(401);
    }
}
