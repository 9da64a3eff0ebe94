package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The organisation registry: trusts, schools, users and API clients, each trust sealed off from
 * the others, fields a caller must not set ignored, bad input a 4xx naming the field.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class RegistryTest {
    @Inject
    AgroalDataSource database;

    private String column(String sql, String id) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, java.util.UUID.fromString(id));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void secretsAndPasswordsAreStoredOnlyAsBcryptHashes() throws Exception {
        Api.Org org = Api.newTrust("Hashing Trust", 1);
        Map<String, Object> mis = Api.createClient(org.leaderToken(), org.trustId(), "Arbor MIS sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);
        String secretHash = column("SELECT secret_hash FROM api_client WHERE id = ?", (String) mis.get("clientId"));
        assertTrue(secretHash.matches("\\$2[aby]?\\$\\d\\d\\$.{53}"), secretHash);
        assertFalse(secretHash.contains((String) mis.get("clientSecret")));

        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", org.leaderToken()).jsonPath().getString("items[0].id");
        String passwordHash = column("SELECT password_hash FROM user_account WHERE id = ?", userId);
        assertTrue(passwordHash.matches("\\$2[aby]?\\$\\d\\d\\$.{53}"), passwordHash);
        assertFalse(passwordHash.contains(Api.PASSWORD));
    }

    @Test
    void platformAdministratorRegistersATrustAndFindsItsSchoolByUrn() {
        Response created = Api.post("/api/v1/trusts", Api.adminToken(), Map.of("name", "GLF Schools", "companiesHouseNumber", "07551019"));
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/api/v1/trusts/"))
                .body("name", equalTo("GLF Schools")).body("createdBy", equalTo("admin:platform-admin"));
        String trustId = created.jsonPath().getString("id");
        String urn = Api.nextUrn();
        Api.post("/api/v1/trusts/" + trustId + "/schools", Api.adminToken(), Map.of("urn", urn,
                        "name", "Frogmore Junior School", "phase", "PRIMARY", "localAuthority", "Hampshire",
                        "statutoryLowAge", 7, "statutoryHighAge", 11))
                .then().statusCode(201).body("trustId", equalTo(trustId)).body("urn", equalTo(urn));

        Api.get("/api/v1/schools?urn=" + urn, Api.adminToken())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Frogmore Junior School"))
                .body("items[0].trustId", equalTo(trustId));
        Api.get("/api/v1/schools?urn=999999", Api.adminToken()).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void onlyThePlatformAdministratorRegistersTrusts() {
        Api.Org org = Api.newTrust("Ambitious Trust", 1);
        Api.post("/api/v1/trusts", org.leaderToken(), Map.of("name", "Another Trust")).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void trustLeaderSeesOnlyTheirOwnTrust() {
        Api.Org a = Api.newTrust("Trust A Only", 1);
        Api.Org b = Api.newTrust("Trust B Only", 1);
        Api.get("/api/v1/trusts", a.leaderToken()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(a.trustId()));
        Api.get("/api/v1/trusts/" + b.trustId(), a.leaderToken()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherTrustsSchoolsAreNotFoundAndNeverListed() {
        Api.Org a = Api.newTrust("Schools Trust A", 2);
        Api.Org b = Api.newTrust("Schools Trust B", 2);
        Api.get("/api/v1/schools/" + b.schoolIds().get(0), a.leaderToken()).then().statusCode(404);
        Api.get("/api/v1/schools?limit=500", a.leaderToken()).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.trustId", everyItem(equalTo(a.trustId())));
        Api.get("/api/v1/schools?urn=" + b.urns().get(0), a.leaderToken()).then().statusCode(200).body("items", hasSize(0));
        Api.get("/api/v1/schools?trustId=" + b.trustId(), a.leaderToken()).then().statusCode(200).body("items", hasSize(0));
        String etag = Api.get("/api/v1/schools/" + b.schoolIds().get(0), b.leaderToken()).header("ETag");
        given().auth().oauth2(a.leaderToken()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("urn", b.urns().get(0), "name", "Taken Over", "phase", "PRIMARY"))
                .when().put("/api/v1/schools/" + b.schoolIds().get(0))
                .then().statusCode(404);
        Api.post("/api/v1/trusts/" + b.trustId() + "/schools", a.leaderToken(),
                Map.of("urn", Api.nextUrn(), "name", "Planted School", "phase", "PRIMARY")).then().statusCode(404);
    }

    @Test
    void schoolStaffSeeOnlyTheirSchool() {
        Api.Org org = Api.newTrust("Staff Trust", 3);
        String teacher = Api.userToken(Api.schoolUser(org, "TEACHER", 1));
        Api.get("/api/v1/schools", teacher).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(org.schoolIds().get(1)));
        Api.get("/api/v1/schools/" + org.schoolIds().get(0), teacher).then().statusCode(404);
        Api.get("/api/v1/schools/" + org.schoolIds().get(1), teacher).then().statusCode(200);
        Api.get("/api/v1/trusts/" + org.trustId(), teacher).then().statusCode(200);
    }

    @Test
    void anotherTrustsClientsAreNotFoundAndNeverListed() {
        Api.Org a = Api.newTrust("Clients Trust A", 1);
        Api.Org b = Api.newTrust("Clients Trust B", 1);
        Map<String, Object> bClient = Api.createClient(b.leaderToken(), b.trustId(), "B's MIS",
                List.of("MIS_INTEGRATION"), b.schoolIds(), null);
        Api.createClient(a.leaderToken(), a.trustId(), "A's MIS", List.of("MIS_INTEGRATION"), a.schoolIds(), null);
        String id = (String) bClient.get("clientId");

        Api.get("/api/v1/clients/" + id, a.leaderToken()).then().statusCode(404);
        Api.get("/api/v1/clients?limit=500", a.leaderToken()).then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.trustId", everyItem(equalTo(a.trustId())));
        Api.get("/api/v1/clients?trustId=" + b.trustId(), a.leaderToken()).then().statusCode(200).body("items", hasSize(0));
        Api.post("/api/v1/clients/" + id + "/revoke", a.leaderToken(), Map.of()).then().statusCode(404);
        Api.post("/api/v1/clients/" + id + "/secret", a.leaderToken(), Map.of()).then().statusCode(404);
        given().auth().oauth2(a.leaderToken()).when().delete("/api/v1/clients/" + id).then().statusCode(404);
        Api.post("/api/v1/trusts/" + b.trustId() + "/clients", a.leaderToken(), Map.of("name", "Planted",
                "roles", List.of("ANALYTICS"))).then().statusCode(404);
        Api.get("/api/v1/clients/" + id, b.leaderToken()).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anotherTrustsUsersAreNotFound() {
        Api.Org a = Api.newTrust("Users Trust A", 1);
        Api.Org b = Api.newTrust("Users Trust B", 1);
        Api.get("/api/v1/trusts/" + b.trustId() + "/users", a.leaderToken()).then().statusCode(404);
        String bUser = Api.get("/api/v1/trusts/" + b.trustId() + "/users", b.leaderToken()).jsonPath().getString("items[0].id");
        Api.get("/api/v1/trusts/" + a.trustId() + "/users/" + bUser, a.leaderToken()).then().statusCode(404);
        Api.post("/api/v1/trusts/" + b.trustId() + "/users", a.leaderToken(), Map.of("username", "mole@b.test",
                "displayName", "Mole", "password", Api.PASSWORD, "roles", List.of("TRUST_LEADER"))).then().statusCode(404);
    }

    @Test
    void fieldsACallerMustNotSetAreIgnored() {
        Api.Org a = Api.newTrust("Mass Assignment Trust A", 1);
        Api.Org b = Api.newTrust("Mass Assignment Trust B", 1);
        String forgedId = "0193a2f0-0000-7000-8000-0000000000aa";

        Response school = Api.post("/api/v1/trusts/" + a.trustId() + "/schools", a.leaderToken(), Map.of(
                "id", forgedId, "trustId", b.trustId(), "schoolId", forgedId, "createdBy", "mallory",
                "urn", Api.nextUrn(), "name", "Honest Primary School", "phase", "PRIMARY"));
        school.then().statusCode(201)
                .body("trustId", equalTo(a.trustId()))
                .body("id", not(equalTo(forgedId)));
        assertNotEquals("mallory", school.jsonPath().getString("createdBy"));

        Api.post("/api/v1/clients", a.leaderToken(), Map.of("trustId", b.trustId(), "status", "REVOKED",
                        "createdBy", "mallory", "name", "Honest MIS", "roles", List.of("MIS_INTEGRATION"),
                        "schoolIds", a.schoolIds()))
                .then().statusCode(201)
                .body("client.trustId", equalTo(a.trustId()))
                .body("client.status", equalTo("ACTIVE"))
                .body("client.createdBy", equalTo(a.leader()));

        Api.post("/api/v1/trusts/" + a.trustId() + "/users", a.leaderToken(), Map.of("trustId", b.trustId(),
                        "enabled", false, "createdBy", "mallory", "passwordHash", "$2a$10$forged",
                        "username", "honest-" + a.trustId().substring(30) + "@a.test", "displayName", "Honest",
                        "password", Api.PASSWORD, "roles", List.of("TRUST_LEADER")))
                .then().statusCode(201)
                .body("trustId", equalTo(a.trustId()))
                .body("enabled", equalTo(true))
                .body("createdBy", equalTo(a.leader()))
                .body("passwordHash", nullValue())
                .body("password", nullValue());
    }

    @Test
    void staffWhoAreNotLeadersCannotChangeTheRegistry() {
        Api.Org org = Api.newTrust("Read Only Trust", 1);
        String governor = Api.userToken(Api.schoolUser(org, "GOVERNOR", 0));
        Api.post("/api/v1/trusts/" + org.trustId() + "/schools", governor, Map.of("urn", Api.nextUrn(),
                "name", "Governor's School", "phase", "PRIMARY")).then().statusCode(403);
        Api.get("/api/v1/clients", governor).then().statusCode(403);
        Api.get("/api/v1/trusts/" + org.trustId() + "/users", governor).then().statusCode(403);
        String etag = Api.get("/api/v1/trusts/" + org.trustId(), governor).header("ETag");
        given().auth().oauth2(governor).contentType("application/json").header("If-Match", etag)
                .body(Map.of("name", "Renamed")).when().put("/api/v1/trusts/" + org.trustId())
                .then().statusCode(403);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Api.Org org = Api.newTrust("Validation Trust", 1);
        Api.Org other = Api.newTrust("Validation Other Trust", 1);
        String leader = org.leaderToken();
        String schools = "/api/v1/trusts/" + org.trustId() + "/schools";

        Api.post(schools, leader, Map.of("urn", "12345", "name", "Short URN School", "phase", "PRIMARY"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("urn"));
        Api.post(schools, leader, Map.of("urn", Api.nextUrn(), "name", "Odd Phase School", "phase", "KINDERGARTEN"))
                .then().statusCode(400).body("errors[0].field", equalTo("phase"))
                .body("errors[0].message", containsString("SECONDARY"));
        Api.post(schools, leader, Map.of("urn", Api.nextUrn(), "name", "Ageless School", "phase", "PRIMARY",
                        "statutoryLowAge", 11, "statutoryHighAge", 4))
                .then().statusCode(400).body("errors[0].field", equalTo("statutoryHighAge"));
        Api.post(schools, leader, Map.of("urn", other.urns().get(0), "name", "Copy School", "phase", "PRIMARY"))
                .then().statusCode(409).body("errors[0].field", equalTo("urn"));

        Api.post("/api/v1/clients", leader, Map.of("name", "Wrong Schools MIS", "roles", List.of("MIS_INTEGRATION"),
                        "schoolIds", List.of(other.schoolIds().get(0))))
                .then().statusCode(400).body("errors[0].field", equalTo("schoolIds[0]"));
        Api.post("/api/v1/clients", leader, Map.of("name", "Schoolless MIS", "roles", List.of("MIS_INTEGRATION")))
                .then().statusCode(400).body("errors[0].field", equalTo("schoolIds"));
        Api.post("/api/v1/clients", leader, Map.of("name", "Two Hats", "roles", List.of("MIS_INTEGRATION", "ANALYTICS"),
                        "schoolIds", org.schoolIds()))
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        Api.post("/api/v1/clients", leader, Map.of("name", "Admin Wannabe", "roles", List.of("TRUST_LEADER")))
                .then().statusCode(400).body("errors[0].field", equalTo("roles[0]"));

        String users = "/api/v1/trusts/" + org.trustId() + "/users";
        Api.post(users, leader, Map.of("username", "short-pw@v.test", "displayName", "Short", "password", "abc",
                "roles", List.of("TRUST_LEADER"))).then().statusCode(400).body("errors[0].field", equalTo("password"));
        Api.post(users, leader, Map.of("username", "no-school@v.test", "displayName", "No School", "password", Api.PASSWORD,
                "roles", List.of("TEACHER"))).then().statusCode(400).body("errors[0].field", equalTo("schoolIds"));
        Api.post(users, leader, Map.of("username", org.leader(), "displayName", "Twin", "password", Api.PASSWORD,
                "roles", List.of("TRUST_LEADER"))).then().statusCode(409).body("errors[0].field", equalTo("username"));
        Api.post(users, leader, Map.of("username", "x y@v.test", "displayName", "Spacey", "password", Api.PASSWORD,
                "roles", List.of("TRUST_LEADER"))).then().statusCode(400).body("errors[0].field", equalTo("username"));

        Api.get("/api/v1/schools?limit=0", leader).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.get("/api/v1/schools?after=not-a-cursor", leader).then().statusCode(400).body("errors[0].field", equalTo("after"));
        Api.get("/api/v1/schools?urn=abc", leader).then().statusCode(400).body("errors[0].field", equalTo("urn"));
        Api.get("/api/v1/schools/not-a-uuid", leader).then().statusCode(404);
        given().auth().oauth2(leader).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/clients").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        Api.Org org = Api.newTrust("ETag Trust", 1);
        String school = "/api/v1/schools/" + org.schoolIds().get(0);
        Map<String, Object> body = Map.of("urn", org.urns().get(0), "name", "Renamed Infant School", "phase", "PRIMARY",
                "statutoryLowAge", 4, "statutoryHighAge", 7);

        given().auth().oauth2(org.leaderToken()).contentType("application/json").body(body)
                .when().put(school).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", "\"41\"").body(body)
                .when().put(school).then().statusCode(412);
        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put(school).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Renamed Infant School")).body("statutoryHighAge", equalTo(7));
        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put(school).then().statusCode(412);
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyGivesTheFirstAnswer() {
        Api.Org org = Api.newTrust("Idempotent Trust", 0);
        String urn = Api.nextUrn();
        Map<String, Object> body = Map.of("urn", urn, "name", "Retried Primary School", "phase", "PRIMARY");
        String path = "/api/v1/trusts/" + org.trustId() + "/schools";
        String first = given().auth().oauth2(org.leaderToken()).contentType("application/json")
                .header("Idempotency-Key", "school-" + urn).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
        given().auth().oauth2(org.leaderToken()).contentType("application/json")
                .header("Idempotency-Key", "school-" + urn).body(body)
                .when().post(path).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(org.leaderToken()).contentType("application/json")
                .header("Idempotency-Key", "school-" + urn).body(Map.of("urn", Api.nextUrn(), "name", "Other", "phase", "PRIMARY"))
                .when().post(path).then().statusCode(422)
                .body("type", equalTo("urn:goldenthread:problem:idempotency-conflict"));
        Api.get("/api/v1/schools?urn=" + urn, org.leaderToken()).then().body("items", hasSize(1));
    }

    @Test
    void clientSecretIsShownOnceAndIdempotencyKeyIsRefused() {
        Api.Org org = Api.newTrust("Secret Trust", 1);
        Response made = Api.post("/api/v1/clients", org.leaderToken(), Map.of("name", "Trust dashboards", "roles", List.of("ANALYTICS")));
        made.then().statusCode(201).header("Cache-Control", "no-store")
                .body("clientSecret", notNullValue())
                .body("clientId", equalTo(made.jsonPath().getString("client.id")));
        Api.get("/api/v1/clients/" + made.jsonPath().getString("clientId"), org.leaderToken())
                .then().statusCode(200).body("clientSecret", nullValue()).body("secretHash", nullValue());
        Api.get("/api/v1/clients", org.leaderToken()).then().body("items.clientSecret", everyItem(nullValue()));

        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("Idempotency-Key", "k1")
                .body(Map.of("name", "Keyed", "roles", List.of("ANALYTICS")))
                .when().post("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void listsPageInCreationOrder() {
        Api.Org org = Api.newTrust("Paging Trust", 5);
        Response first = Api.get("/api/v1/schools?limit=2", org.leaderToken());
        first.then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue());
        List<String> seen = new java.util.ArrayList<>(first.jsonPath().getList("items.id"));
        String next = first.jsonPath().getString("next");
        while (next != null) {
            Response page = given().auth().oauth2(org.leaderToken()).when().get(next);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
        }
        assertEquals(org.schoolIds(), seen);
    }

    @Test
    void trustLeaderRenamesTheirTrust() {
        Api.Org org = Api.newTrust("Old Name Trust", 1);
        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("name", "New Name Trust", "companiesHouseNumber", "08123456"))
                .when().put("/api/v1/trusts/" + org.trustId())
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("New Name Trust"));
    }
}
