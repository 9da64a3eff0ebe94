package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.gateway.identity.SigningKeys;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tokens the gateway must refuse, tokens from an external OIDC issuer it must accept and map,
 * registry changes that apply to the very next request, and the per-client rate limit.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class SecurityTest {

    @Inject
    SigningKeys keys;

    /** The gateway's own issuer, as its discovery document names it. */
    private static String issuer() {
        return given().when().get("/.well-known/openid-configuration").jsonPath().getString("issuer");
    }

    /** A token signed with the gateway's own active key, for claims the token endpoint would never put in. */
    private String signedByGateway(String issuer, String audience, String subject, String kind, Instant expires) {
        SigningKeys.SigningKey key = keys.active();
        return Jwt.issuer(issuer).audience(audience).subject(subject).claim("gt_kind", kind)
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires)
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(key.kid()).sign(key.privateKey());
    }

    private static void refused(String token, String why) {
        given().auth().oauth2(token).when().get("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString(why));
        given().auth().oauth2(token).when().get("/api/v1/schools")
                .then().statusCode(401).contentType("application/problem+json").body("detail", containsString(why));
    }

    @Test
    void expiredTokenIsRefused() {
        Api.Org org = Api.newTrust("Expired Token Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", Api.adminToken()).jsonPath().getString("items[0].id");
        refused(signedByGateway(issuer(), "golden-thread-api", userId, "user", Instant.now().minusSeconds(120)), "expired");
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        Api.Org org = Api.newTrust("Wrong Issuer Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", Api.adminToken()).jsonPath().getString("items[0].id");
        refused(signedByGateway("https://evil.example", "golden-thread-api", userId, "user",
                Instant.now().plusSeconds(600)), "issuer");
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        Api.Org org = Api.newTrust("Wrong Audience Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", Api.adminToken()).jsonPath().getString("items[0].id");
        refused(signedByGateway(issuer(), "golden-thread-services", userId, "user", Instant.now().plusSeconds(600)), "audience");
    }

    @Test
    void internalTokenReplayedAtTheEdgeIsRefused() {
        Api.Org org = Api.newTrust("Replay Trust", 1);
        String internal = Api.get("/api/v1/plans", org.leaderToken()).jsonPath().getString("headers.authorization").substring(7);
        refused(internal, "issuer");
    }

    @Test
    void unsignedTokenIsRefused() {
        Api.Org org = Api.newTrust("Alg None Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", Api.adminToken()).jsonPath().getString("items[0].id");
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        refused(Jwts.unsigned("{\"iss\":\"" + issuer() + "\",\"aud\":\"golden-thread-api\",\"sub\":\"" + userId
                + "\",\"gt_kind\":\"user\",\"exp\":" + exp + "}"), "algorithm");
    }

    @Test
    void hmacTokenKeyedWithThePublicKeyIsRefused() {
        Api.Org org = Api.newTrust("HS256 Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", Api.adminToken()).jsonPath().getString("items[0].id");
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String payload = "{\"iss\":\"" + issuer() + "\",\"aud\":\"golden-thread-api\",\"sub\":\"" + userId
                + "\",\"gt_kind\":\"user\",\"exp\":" + exp + "}";
        SigningKeys.SigningKey key = keys.active();
        refused(Jwts.hmac(payload, key.publicKey().getEncoded(), key.kid()), "algorithm");
        String jwks = given().when().get("/.well-known/jwks.json").asString();
        refused(Jwts.hmac(payload, jwks.getBytes(java.nio.charset.StandardCharsets.UTF_8), key.kid()), "algorithm");
    }

    @Test
    void tamperedTokenIsRefused() {
        Api.Org org = Api.newTrust("Tampered Trust", 1);
        String token = org.leaderToken();
        String[] parts = token.split("\\.");
        String otherTrust = Api.newTrust("Tampered Other Trust", 1).trustId();
        String payload = Jwts.payload(token).replace(org.trustId(), otherTrust);
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        refused(forged, "signature");
    }

    @Test
    void externalIssuersTokenIsMappedOntoRolesTrustAndSchools() {
        Api.Org org = Api.newTrust("External IdP Trust", 2);
        Api.Org other = Api.newTrust("External Other Trust", 1);
        JwtClaims claims = Jwts.externalClaims();
        claims.setClaim("realm_access", Map.of("roles", List.of("headteacher", "offline_access")));
        claims.setClaim("trust_id", org.trustId());
        claims.setStringListClaim("school_ids", org.schoolIds().get(1), other.schoolIds().get(0));

        JsonPath echo = Api.get("/api/v1/plans", Jwts.external(claims)).then().statusCode(200).extract().jsonPath();
        JwtClaims internal = Jwts.verifyInternal(echo.getString("headers.authorization").substring(7));
        assertEquals("trust-idp:f:3c1e:alice", internal.getClaimValueAsString("sub"));
        assertEquals(List.of("SCHOOL_LEADER"), internal.getClaimValue("roles"));
        assertEquals(org.trustId(), internal.getClaimValueAsString("trust_id"));
        assertEquals(List.of(org.schoolIds().get(1)), internal.getClaimValue("school_ids"),
                "a school of another trust in the claim is dropped");
    }

    @Test
    void externalTokenWithoutATrustIsForbidden() {
        Api.Org org = Api.newTrust("External No Trust", 1);
        JwtClaims claims = Jwts.externalClaims();
        claims.setClaim("realm_access", Map.of("roles", List.of("class-teacher")));
        claims.setStringListClaim("school_ids", org.schoolIds().get(0));
        String token = Jwts.external(claims);
        Api.get("/api/v1/plans", token).then().statusCode(403).contentType("application/problem+json");
        Api.get("/api/v1/schools", token).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void externalTokenWithoutRolesIsForbidden() {
        Api.Org org = Api.newTrust("External No Roles Trust", 1);
        JwtClaims claims = Jwts.externalClaims();
        claims.setClaim("trust_id", org.trustId());
        claims.setClaim("realm_access", Map.of("roles", List.of("offline_access")));
        Api.get("/api/v1/plans", Jwts.external(claims)).then().statusCode(403);
    }

    @Test
    void externalTokenOfAnUnknownTrustIsForbidden() {
        JwtClaims claims = Jwts.externalClaims();
        claims.setClaim("trust_id", "0193a2f0-0000-7000-8000-00000000dead");
        claims.setClaim("realm_access", Map.of("roles", List.of("headteacher")));
        Api.get("/api/v1/plans", Jwts.external(claims)).then().statusCode(403);
    }

    @Test
    void externalTokenForAnotherAudienceIsRefused() {
        Api.Org org = Api.newTrust("External Audience Trust", 1);
        JwtClaims claims = Jwts.externalClaims();
        claims.setAudience("some-other-app");
        claims.setClaim("trust_id", org.trustId());
        claims.setClaim("realm_access", Map.of("roles", List.of("headteacher")));
        refused(Jwts.external(claims), "audience");
    }

    @Test
    void revokedClientIsRefusedAtOnceEvenWithATokenInHand() {
        Api.Org org = Api.newTrust("Revocation Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Arbor MIS sync",
                List.of("MIS_INTEGRATION"), org.schoolIds(), null);
        String token = Api.clientToken((String) mis.get("clientId"), (String) mis.get("clientSecret"));
        Api.get("/api/v1/pupils", token).then().statusCode(200);

        Api.post("/api/v1/clients/" + mis.get("clientId") + "/revoke", org.leaderToken(), Map.of())
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        Api.get("/api/v1/pupils", token).then().statusCode(401).body("detail", containsString("revoked"));
        Api.get("/api/v1/schools", token).then().statusCode(401).body("detail", containsString("revoked"));
    }

    @Test
    void disabledUserIsRefusedAtOnce() {
        Api.Org org = Api.newTrust("Disabled User Trust", 1);
        String teacher = Api.schoolUser(org, "TEACHER", 0);
        String token = Api.userToken(teacher);
        Api.get("/api/v1/plans", token).then().statusCode(200);
        String id = Api.get("/api/v1/trusts/" + org.trustId() + "/users?limit=500", org.leaderToken()).jsonPath()
                .getString("items.find { it.username == '" + teacher + "' }.id");
        String etag = Api.get("/api/v1/trusts/" + org.trustId() + "/users/" + id, org.leaderToken()).header("ETag");

        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("displayName", "Mr B. Jones", "roles", List.of("TEACHER"), "schoolIds", org.schoolIds(),
                        "enabled", false))
                .when().put("/api/v1/trusts/" + org.trustId() + "/users/" + id)
                .then().statusCode(200).body("enabled", equalTo(false));

        Api.get("/api/v1/plans", token).then().statusCode(401).body("detail", containsString("disabled"));
    }

    @Test
    void changedSchoolsApplyToTheNextRequest() {
        Api.Org org = Api.newTrust("Moved Teacher Trust", 2);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "SIMS sync",
                List.of("MIS_INTEGRATION"), List.of(org.schoolIds().get(0)), null);
        String token = Api.clientToken((String) mis.get("clientId"), (String) mis.get("clientSecret"));
        String etag = Api.get("/api/v1/clients/" + mis.get("clientId"), org.leaderToken()).header("ETag");
        given().auth().oauth2(org.leaderToken()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("name", "SIMS sync", "roles", List.of("MIS_INTEGRATION"), "schoolIds", List.of(org.schoolIds().get(1))))
                .when().put("/api/v1/clients/" + mis.get("clientId"))
                .then().statusCode(200);

        String forwarded = Api.get("/api/v1/pupils", token).jsonPath().getString("headers.authorization").substring(7);
        assertEquals(List.of(org.schoolIds().get(1)), Jwts.verifyInternal(forwarded).getClaimValue("school_ids"));
    }

    @Test
    void burstOverTheClientsRateLimitIs429WithRetryAfter() {
        Api.Org org = Api.newTrust("Rate Limit Trust", 1);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Chatty MIS",
                List.of("MIS_INTEGRATION"), org.schoolIds(), Map.of("requestsPerSecond", 1, "burst", 3));
        String token = Api.clientToken((String) mis.get("clientId"), (String) mis.get("clientSecret"));
        for (int i = 0; i < 3; i++) {
            Api.get("/api/v1/pupils", token).then().statusCode(200);
        }
        Api.get("/api/v1/pupils", token)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .body("type", equalTo("urn:goldenthread:problem:rate-limited"));
        // another caller of the same trust has a bucket of its own
        Api.get("/api/v1/pupils", org.leaderToken()).then().statusCode(200);
    }

    @Test
    void trustLeaderCannotGiveAClientMoreThanTheDefaultRate() {
        Api.Org org = Api.newTrust("Greedy Trust", 1);
        Api.post("/api/v1/clients", org.leaderToken(), Map.of("name", "Greedy MIS", "roles", List.of("MIS_INTEGRATION"),
                        "schoolIds", org.schoolIds(), "rateLimit", Map.of("requestsPerSecond", 5000, "burst", 10)))
                .then().statusCode(400).body("errors[0].field", equalTo("rateLimit.requestsPerSecond"));
    }

    @Test
    void tokenWithoutWhoItWasIssuedToIsRefused() {
        String token = signedByGateway(issuer(), "golden-thread-api", "someone", "external_user", Instant.now().plusSeconds(600));
        refused(token, "who it was issued to");
    }
}
