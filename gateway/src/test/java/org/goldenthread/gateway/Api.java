package org.goldenthread.gateway;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Builders for tests: tokens from the gateway's own token endpoint, and trusts with schools,
 * users and API clients made through the public API the way the demo seed makes them.
 */
final class Api {
    static final String ADMIN_ID = "platform-admin";
    static final String ADMIN_SECRET = "test-platform-admin-secret";
    static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger URNS = new AtomicInteger(900_000);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A URN no other test has used. */
    static String nextUrn() {
        return String.valueOf(URNS.incrementAndGet());
    }

    static String adminToken() {
        return TOKENS.computeIfAbsent("admin", k -> clientToken(ADMIN_ID, ADMIN_SECRET));
    }

    static String clientToken(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String userToken(String username) {
        return TOKENS.computeIfAbsent("user:" + username, k -> given()
                .formParam("grant_type", "password").formParam("username", username).formParam("password", PASSWORD)
                .when().post("/oauth/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    static Response post(String path, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    static Response get(String path, String token) {
        return given().auth().oauth2(token).when().get(path);
    }

    /** A trust with schools and a trust leader, made by the platform administrator. */
    record Org(String trustId, String name, List<String> schoolIds, List<String> urns, String leader) {
        String leaderToken() {
            return userToken(leader);
        }
    }

    static Org newTrust(String name, int schools) {
        String admin = adminToken();
        String trustId = post("/api/v1/trusts", admin, Map.of("name", name)).then().statusCode(201).extract().path("id");
        List<String> schoolIds = new ArrayList<>();
        List<String> urns = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String urn = nextUrn();
            urns.add(urn);
            schoolIds.add(post("/api/v1/trusts/" + trustId + "/schools", admin, Map.of("urn", urn,
                    "name", name + " School " + (i + 1), "phase", "PRIMARY", "localAuthority", "Surrey",
                    "statutoryLowAge", 4, "statutoryHighAge", 11))
                    .then().statusCode(201).extract().path("id"));
        }
        String leader = ("ceo-" + trustId.substring(trustId.length() - 12) + "@trust.test").toLowerCase();
        createUser(admin, trustId, leader, List.of("TRUST_LEADER"), List.of());
        return new Org(trustId, name, schoolIds, urns, leader);
    }

    static String createUser(String token, String trustId, String username, List<String> roles, List<String> schoolIds) {
        return post("/api/v1/trusts/" + trustId + "/users", token, Map.of("username", username,
                "displayName", "Test " + username, "password", PASSWORD, "roles", roles, "schoolIds", schoolIds))
                .then().statusCode(201).extract().path("id");
    }

    /** A user of one school in one role; returns the username. */
    static String schoolUser(Org org, String role, int school) {
        String username = (role + "-" + org.schoolIds().get(school).substring(24) + "@school.test").toLowerCase();
        createUser(adminToken(), org.trustId(), username, List.of(role), List.of(org.schoolIds().get(school)));
        return username;
    }

    /** Registers a client; returns {clientId, clientSecret, ...}. */
    static Map<String, Object> createClient(String token, String trustId, String name, List<String> roles,
                                            List<String> schoolIds, Map<String, Object> rateLimit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "roles", roles, "schoolIds", schoolIds));
        if (rateLimit != null) {
            body.put("rateLimit", rateLimit);
        }
        return post("/api/v1/trusts/" + trustId + "/clients", token, body).then().statusCode(201).extract().as(Map.class);
    }
}
