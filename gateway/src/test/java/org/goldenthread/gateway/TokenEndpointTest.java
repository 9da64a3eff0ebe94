package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /oauth/token: client credentials and the built-in issuer's password grant, errors as RFC 6749 §5.2 says. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class TokenEndpointTest {

    @Test
    void misClientGetsAShortLivedTokenWithHttpBasic() {
        Api.Org org = Api.newTrust("Basic Token Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Arbor MIS sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);

        given().auth().preemptive().basic((String) mis.get("clientId"), (String) mis.get("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", lessThanOrEqualTo(900))
                .body("expires_in", greaterThan(0))
                .body("access_token", notNullValue());
    }

    @Test
    void clientMaySendItsCredentialsAsFormFields() {
        Api.Org org = Api.newTrust("Form Token Trust", 1);
        Map<String, Object> analytics = Api.createClient(Api.adminToken(), org.trustId(), "Trust dashboards",
                List.of("ANALYTICS"), List.of(), null);

        String token = given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", analytics.get("clientId"))
                .formParam("client_secret", analytics.get("clientSecret"))
                .when().post("/oauth/token")
                .then().statusCode(200).extract().path("access_token");
        String payload = Jwts.payload(token);
        assertEquals(true, payload.contains("\"sub\":\"" + analytics.get("clientId") + "\""), payload);
    }

    @Test
    void wrongSecretIsInvalidClientWithABasicChallenge() {
        Api.Org org = Api.newTrust("Wrong Secret Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Bromcom sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);

        given().auth().preemptive().basic((String) mis.get("clientId"), "gts_not-the-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("invalid_client"))
                .body("error_description", notNullValue());
    }

    @Test
    void unknownClientIsInvalidClient() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "0193a2f2-1111-7222-8333-444455556666")
                .formParam("client_secret", "gts_whatever")
                .when().post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void missingClientAuthenticationIsInvalidClient() {
        given().formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void credentialsSentTwoWaysAreInvalidRequest() {
        given().auth().preemptive().basic(Api.ADMIN_ID, Api.ADMIN_SECRET)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", Api.ADMIN_ID)
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void unsupportedGrantTypeIsNamed() {
        given().formParam("grant_type", "authorization_code").formParam("code", "abc")
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        given().formParam("client_id", "x")
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void jsonBodyIsInvalidRequest() {
        given().contentType(ContentType.JSON).body("{\"grant_type\":\"client_credentials\"}")
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("error_description", containsString("x-www-form-urlencoded"));
    }

    @Test
    void builtInUserSignsInWithThePasswordGrant() {
        Api.Org org = Api.newTrust("Password Grant Trust", 1);
        String token = given().formParam("grant_type", "password")
                .formParam("username", org.leader().toUpperCase())
                .formParam("password", Api.PASSWORD)
                .when().post("/oauth/token")
                .then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(token).when().get("/api/v1/trusts/" + org.trustId())
                .then().statusCode(200).body("name", equalTo("Password Grant Trust"));
    }

    @Test
    void wrongPasswordIsInvalidGrant() {
        Api.Org org = Api.newTrust("Wrong Password Trust", 1);
        given().formParam("grant_type", "password")
                .formParam("username", org.leader())
                .formParam("password", "not-the-password")
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().formParam("grant_type", "password")
                .formParam("username", "nobody@nowhere.test")
                .formParam("password", "not-the-password")
                .when().post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void rotatedSecretReplacesTheOldOneAtOnce() {
        Api.Org org = Api.newTrust("Rotation Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "SIMS sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);
        String id = (String) mis.get("clientId");
        String oldSecret = (String) mis.get("clientSecret");

        String newSecret = given().auth().oauth2(org.leaderToken())
                .when().post("/api/v1/clients/" + id + "/secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .extract().path("clientSecret");

        given().auth().preemptive().basic(id, oldSecret).formParam("grant_type", "client_credentials")
                .when().post("/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic(id, newSecret).formParam("grant_type", "client_credentials")
                .when().post("/oauth/token").then().statusCode(200);
    }

    @Test
    void revokedClientGetsNoToken() {
        Api.Org org = Api.newTrust("Revoked Token Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Wonde sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);
        String id = (String) mis.get("clientId");
        given().auth().oauth2(org.leaderToken()).when().delete("/api/v1/clients/" + id).then().statusCode(204);

        given().auth().preemptive().basic(id, (String) mis.get("clientSecret")).formParam("grant_type", "client_credentials")
                .when().post("/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void discoveryDocumentNamesTheTokenEndpointAndKeys() {
        given().when().get("/.well-known/openid-configuration")
                .then().statusCode(200)
                .body("token_endpoint", containsString("/oauth/token"))
                .body("jwks_uri", containsString("/.well-known/jwks.json"))
                .body("grant_types_supported", hasItem("client_credentials"))
                .body("grant_types_supported", hasItem("password"));
    }
}
