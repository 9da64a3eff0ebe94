package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.devstack.demo.DemoSchool;
import org.goldenthread.devstack.demo.DemoTrust;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo trust as devstack's OrganisationSeed enters it, through the same API calls: GLF
 * Schools and its real schools from the GIAS extract, a trust leader and school staff with the
 * demo password, the MIS and analytics clients; then the launcher's "already seeded?" lookup by
 * URN, and what each persona can see.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class DemoOrganisationTest {
    private static final Path DFE = Path.of("..", "..", "shared", "data", "dfe");

    @Test
    void glfSchoolsIsRegisteredWithItsPeopleAndClients() throws Exception {
        DemoTrust glf = DemoTrust.load(DFE, DemoTrust.DEFAULT_TRUST);
        String admin = Api.adminToken();
        String firstUrn = glf.schools().get(0).urn();
        Api.get("/api/v1/schools?urn=" + firstUrn, admin).then().statusCode(200).body("items", hasSize(0));

        String trustId = Api.post("/api/v1/trusts", admin, Map.of("name", glf.name())).then().statusCode(201)
                .extract().path("id");
        for (DemoSchool school : glf.schools()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("urn", school.urn());
            body.put("name", school.name());
            body.put("phase", "Primary".equals(school.phase()) ? "PRIMARY" : "MIDDLE");
            body.put("localAuthority", school.localAuthority());
            body.put("statutoryLowAge", school.lowAge());
            body.put("statutoryHighAge", school.highAge());
            school.id(given().auth().oauth2(admin).contentType("application/json")
                    .header("Idempotency-Key", "demo-school-" + school.urn()).body(body)
                    .when().post("/api/v1/trusts/" + trustId + "/schools")
                    .then().statusCode(201).extract().path("id"));
        }

        // the launcher's check before seeding
        Api.get("/api/v1/schools?urn=" + firstUrn, admin).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].trustId", equalTo(trustId));

        String users = "/api/v1/trusts/" + trustId + "/users";
        Api.post(users, admin, Map.of("username", "ceo@glf-schools.demo", "displayName", "Chief Executive, GLF Schools",
                "password", Api.PASSWORD, "roles", List.of("TRUST_LEADER"), "schoolIds", List.of())).then().statusCode(201);
        DemoSchool frogmore = glf.school("139944");
        Api.post(users, admin, Map.of("username", "head@" + frogmore.slug() + ".demo",
                "displayName", "Headteacher, " + frogmore.name(), "password", Api.PASSWORD,
                "roles", List.of("SCHOOL_LEADER"), "schoolIds", List.of(frogmore.id()))).then().statusCode(201);

        List<String> everySchool = glf.schools().stream().map(DemoSchool::id).toList();
        Map<String, Object> generous = Map.of("requestsPerSecond", 1000, "burst", 2000);
        JsonPath mis = Api.post("/api/v1/trusts/" + trustId + "/clients", admin, Map.of("name", "GLF Schools MIS sync",
                "roles", List.of("MIS_INTEGRATION"), "schoolIds", everySchool, "rateLimit", generous))
                .then().statusCode(201).extract().jsonPath();
        JsonPath analytics = Api.post("/api/v1/trusts/" + trustId + "/clients", admin, Map.of("name", "GLF Schools analytics",
                "roles", List.of("ANALYTICS"), "rateLimit", generous))
                .then().statusCode(201).extract().jsonPath();

        Api.get("/api/v1/schools?limit=500", Api.userToken("ceo@glf-schools.demo")).then().statusCode(200)
                .body("items", hasSize(glf.schools().size()));
        Api.get("/api/v1/schools", Api.userToken("head@" + frogmore.slug() + ".demo")).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].urn", equalTo("139944"))
                .body("items[0].name", equalTo(frogmore.name()));

        String misToken = Api.clientToken(mis.getString("clientId"), mis.getString("clientSecret"));
        JwtClaims misInternal = Jwts.verifyInternal(Api.get("/api/v1/imports", misToken).jsonPath()
                .getString("headers.authorization").substring(7));
        assertEquals(new HashSet<>(everySchool), new HashSet<>(misInternal.getStringListClaimValue("school_ids")));

        String analyticsToken = Api.clientToken(analytics.getString("clientId"), analytics.getString("clientSecret"));
        JwtClaims analyticsInternal = Jwts.verifyInternal(Api.get("/api/v1/tracking/events", analyticsToken).jsonPath()
                .getString("headers.authorization").substring(7));
        assertEquals(List.of("ANALYTICS"), analyticsInternal.getStringListClaimValue("roles"));
        assertEquals(trustId, analyticsInternal.getClaimValueAsString("trust_id"));
    }
}
