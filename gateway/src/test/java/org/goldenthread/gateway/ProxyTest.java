package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge: service paths go to their service with the internal token in place of the caller's,
 * nothing a caller could use to pose as someone else gets through, request id and trace follow
 * the request, bodies stream both ways, and a failing service is a 502/503/504 problem.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class ProxyTest {
    /** The gateway's base URL, for clients other than RestAssured. */
    private static URL gateway() throws Exception {
        return new URL("http://localhost:" + io.restassured.RestAssured.port + "/");
    }

    @Test
    void misClientIsForwardedWithAnInternalTokenForItsSchools() {
        Api.Org org = Api.newTrust("Proxy MIS Trust", 2);
        Map<String, Object> mis = Api.createClient(Api.adminToken(), org.trustId(), "Arbor MIS sync",
                List.of("MIS_INTEGRATION"), List.of(org.schoolIds().get(0)), null);
        String callerToken = Api.clientToken((String) mis.get("clientId"), (String) mis.get("clientSecret"));

        JsonPath echo = given().auth().oauth2(callerToken)
                .when().get("/api/v1/schools/" + org.schoolIds().get(0) + "/pupils?yearGroup=6&limit=20")
                .then().statusCode(200).header("ETag", "\"7\"")
                .extract().jsonPath();

        assertEquals("tracking", echo.getString("service"));
        assertEquals("/api/v1/schools/" + org.schoolIds().get(0) + "/pupils", echo.getString("path"));
        assertEquals("yearGroup=6&limit=20", echo.getString("query"));
        String forwarded = echo.getString("headers.authorization");
        assertTrue(forwarded.startsWith("Bearer "), forwarded);
        assertNotEquals("Bearer " + callerToken, forwarded, "the caller's own token must never reach a service");
        JwtClaims claims = Jwts.verifyInternal(forwarded.substring(7));
        assertEquals("client:" + mis.get("clientId"), claims.getClaimValueAsString("sub"));
        assertEquals(List.of("MIS_INTEGRATION"), claims.getClaimValue("roles"));
        assertEquals(org.trustId(), claims.getClaimValueAsString("trust_id"));
        assertEquals(List.of(org.schoolIds().get(0)), claims.getClaimValue("school_ids"));
        long lifetime = ((Number) claims.getClaimValue("exp")).longValue() - ((Number) claims.getClaimValue("iat")).longValue();
        assertTrue(lifetime > 0 && lifetime <= 300, "the internal token lives at most 5 minutes, not " + lifetime + " s");
    }

    @Test
    void trustLeaderIsForwardedWithEverySchoolOfItsTrustAndNoOther() {
        Api.Org org = Api.newTrust("Proxy Leader Trust", 2);
        JsonPath echo = Api.get("/api/v1/plans?academicYear=2026-27", org.leaderToken())
                .then().statusCode(200).extract().jsonPath();

        assertEquals("plans", echo.getString("service"));
        JwtClaims claims = Jwts.verifyInternal(echo.getString("headers.authorization").substring(7));
        assertEquals(org.leader(), claims.getClaimValueAsString("sub"));
        assertEquals(List.of("TRUST_LEADER"), claims.getClaimValue("roles"));
        assertEquals(org.trustId(), claims.getClaimValueAsString("trust_id"));
        // services check a named school against this list, so another trust's school is never accepted
        assertEquals(org.schoolIds().stream().sorted().toList(), claims.getClaimValue("school_ids"));
    }

    @Test
    void teacherIsForwardedWithTheirSchoolOnly() {
        Api.Org org = Api.newTrust("Proxy Teacher Trust", 2);
        String teacher = Api.schoolUser(org, "TEACHER", 1);
        JsonPath echo = Api.get("/api/v1/milestones?status=AT_RISK", Api.userToken(teacher))
                .then().statusCode(200).extract().jsonPath();

        JwtClaims claims = Jwts.verifyInternal(echo.getString("headers.authorization").substring(7));
        assertEquals(List.of("TEACHER"), claims.getClaimValue("roles"));
        assertEquals(List.of(org.schoolIds().get(1)), claims.getClaimValue("school_ids"));
    }

    @Test
    void headersACallerCouldPoseWithAreStripped() {
        Api.Org org = Api.newTrust("Proxy Spoof Trust", 1);
        JsonPath echo = given().auth().oauth2(org.leaderToken())
                .header("X-Forwarded-For", "10.9.8.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=10.9.8.7")
                .header("X-Tenant-Id", "0193a2f0-0000-7000-8000-00000000dead")
                .header("X-Trust-Id", "0193a2f0-0000-7000-8000-00000000dead")
                .header("X-School-Ids", "0193a2f0-0000-7000-8000-00000000beef")
                .header("X-GoldenThread-Roles", "TRUST_LEADER")
                .header("X-User-Id", "someone-else")
                .header("X-Internal-Token", "forged")
                .header("Cookie", "session=abc")
                .header("Accept-Language", "en-GB")
                .when().get("/api/v1/reviews")
                .then().statusCode(200).extract().jsonPath();

        Map<String, String> headers = echo.getMap("headers");
        for (String name : List.of("forwarded", "x-tenant-id", "x-trust-id", "x-school-ids", "x-goldenthread-roles",
                "x-user-id", "x-internal-token", "cookie")) {
            assertTrue(!headers.containsKey(name), name + " reached the service: " + headers);
        }
        assertEquals("127.0.0.1", headers.get("x-forwarded-for"), "the gateway says who really called");
        assertTrue(!headers.get("x-forwarded-host").contains("evil"), headers.get("x-forwarded-host"));
        assertEquals("en-GB", headers.get("accept-language"), "ordinary headers pass");
    }

    @Test
    void requestIdIsPassedOnAndEchoed() {
        Api.Org org = Api.newTrust("Proxy Request Id Trust", 1);
        JsonPath echo = given().auth().oauth2(org.leaderToken()).header("X-Request-Id", "mis-sync-2026-11-25.42")
                .when().get("/api/v1/actions")
                .then().statusCode(200).header("X-Request-Id", "mis-sync-2026-11-25.42")
                .extract().jsonPath();
        assertEquals("mis-sync-2026-11-25.42", echo.getString("headers.x-request-id"));

        Response made = given().auth().oauth2(org.leaderToken()).when().get("/api/v1/actions");
        String id = made.header("X-Request-Id");
        assertTrue(id != null && id.matches("[0-9a-f-]{36}"), "a request id is made when none is sent: " + id);
        java.util.UUID made4 = java.util.UUID.fromString(id);
        assertEquals(4, made4.version(), "a random (version 4) UUID: " + id);
        assertEquals(2, made4.variant(), "of the IETF variant: " + id);
        assertEquals(id, made.jsonPath().getString("headers.x-request-id"));
        String another = given().auth().oauth2(org.leaderToken()).when().get("/api/v1/actions").header("X-Request-Id");
        assertNotEquals(id, another, "each request gets its own id");
    }

    @Test
    void traceparentKeepsTheCallersTraceWithTheGatewayAsParent() {
        Api.Org org = Api.newTrust("Proxy Trace Trust", 1);
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        JsonPath echo = given().auth().oauth2(org.leaderToken())
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=abc")
                .when().get("/api/v1/objectives")
                .then().statusCode(200).extract().jsonPath();
        String forwarded = echo.getString("headers.traceparent");
        assertTrue(forwarded.matches("00-" + trace + "-[0-9a-f]{16}-01"), forwarded);
        assertTrue(!forwarded.contains("00f067aa0ba902b7"), "the gateway is the new parent: " + forwarded);
        assertEquals("vendor=abc", echo.getString("headers.tracestate"));

        String started = given().auth().oauth2(org.leaderToken()).when().get("/api/v1/objectives")
                .then().statusCode(200).extract().jsonPath().getString("headers.traceparent");
        assertTrue(started.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), started);
    }

    @Test
    void serviceThatIsDownIs503NamingIt() {
        Api.Org org = Api.newTrust("Proxy Down Trust", 1);
        Api.get("/api/v1/findings?schoolId=" + org.schoolIds().get(0), org.leaderToken())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", not(nullValue()))
                .body("type", equalTo("urn:goldenthread:problem:upstream-unavailable"))
                .body("detail", containsString("monitoring-service"))
                .body("requestId", not(nullValue()));
    }

    @Test
    void serviceThatDoesNotAnswerInTimeIs504() {
        Api.Org org = Api.newTrust("Proxy Slow Trust", 1);
        long started = System.nanoTime();
        Api.get("/api/v1/pupils/slow", org.leaderToken())
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:upstream-timeout"))
                .body("detail", containsString("tracking-service"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 1400 && millis < 10_000, "the configured 1.5 s timeout applies, took " + millis + " ms");
    }

    @Test
    void anAnswerThatStallsHalfWayIsCutOff() throws Exception {
        Api.Org org = Api.newTrust("Proxy Stall Trust", 1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway() + "api/v1/pupils/stall"))
                .header("Authorization", "Bearer " + org.leaderToken()).timeout(Duration.ofSeconds(20)).build();
        long started = System.nanoTime();
        java.io.IOException cut = assertThrows(java.io.IOException.class,
                () -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 15_000, "cut off after the 1.5 s response timeout without progress, not left to the caller's "
                + "own 20 s timeout: " + millis + " ms, " + cut);
    }

    @Test
    void serviceThatDropsTheConnectionIs502() {
        Api.Org org = Api.newTrust("Proxy Drop Trust", 1);
        Api.get("/api/v1/pupils/drop", org.leaderToken())
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:bad-gateway"));
    }

    @Test
    void serviceProblemsPassThroughUnchanged() {
        Api.Org org = Api.newTrust("Proxy Problem Trust", 1);
        Api.get("/api/v1/plans/status/409", org.leaderToken())
                .then().statusCode(409).contentType("application/problem+json").body("service", equalTo("plans"));
    }

    @Test
    void largeImportStreamsThroughWithContentLength() throws Exception {
        Api.Org org = Api.newTrust("Proxy Upload Trust", 1);
        byte[] csv = new byte[12 * 1024 * 1024];
        new Random(139944).nextBytes(csv);
        given().auth().oauth2(org.leaderToken()).contentType("text/csv").body(csv)
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyBytes", equalTo(csv.length))
                .body("bodySha256", equalTo(sha256(csv)));
    }

    @Test
    void chunkedUploadStreamsThrough() throws Exception {
        Api.Org org = Api.newTrust("Proxy Chunked Trust", 1);
        byte[] body = new byte[6 * 1024 * 1024];
        new Random(2026).nextBytes(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway() + "api/v1/imports"))
                .header("Authorization", "Bearer " + org.leaderToken())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .timeout(Duration.ofSeconds(30)).build();
        // HTTP/1.1 on purpose: chunked framing is what is tested, without the client's h2c upgrade attempt
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonPath echo = JsonPath.from(response.body());
        assertEquals(body.length, echo.getLong("bodyBytes"));
        assertEquals(sha256(body), echo.getString("bodySha256"));
        assertTrue(echo.getString("headers.transfer-encoding").contains("chunked"));
    }

    @Test
    void bodyOverTheLimitIs413BeforeAnyOfItIsRead() throws Exception {
        Api.Org org = Api.newTrust("Proxy Limit Trust", 1);
        try (Socket socket = new Socket("localhost", gateway().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + org.leaderToken()
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 70000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
    }

    @Test
    void expectContinueIsAnsweredOnceTheCallerIsAdmittedAndNotBefore() throws Exception {
        Api.Org org = Api.newTrust("Proxy Continue Trust", 1);
        String body = "upn,subject,term,result\nA123456789012,READING,AUTUMN,EXS\n";
        try (Socket socket = new Socket("localhost", gateway().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + org.leaderToken()
                    + "\r\nContent-Type: text/csv\r\nExpect: 100-continue\r\nContent-Length: " + body.length()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 100 Continue", in.readLine());
            assertEquals("", in.readLine());
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 200 OK", in.readLine());
        }
        try (Socket socket = new Socket("localhost", gateway().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Expect: 100-continue\r\nContent-Length: 10\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", status, "refused without asking for the body");
        }
    }

    @Test
    void streamedAnswerPassesThroughWhole() {
        Api.Org org = Api.newTrust("Proxy Stream Trust", 1);
        byte[] body = Api.get("/api/v1/plans/stream?bytes=5000000", org.leaderToken())
                .then().statusCode(200).extract().asByteArray();
        assertEquals(5_000_000, body.length);
    }

    @Test
    void serviceLocationPointsAtTheGateway() throws Exception {
        Api.Org org = Api.newTrust("Proxy Location Trust", 1);
        Api.post("/api/v1/plans/created", org.leaderToken(), Map.of("title", "School improvement plan 2026-27"))
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/plans/"));
    }

    @Test
    void serviceLocationPointsAtTheGatewayOverHttp2Too() throws Exception {
        Api.Org org = Api.newTrust("Proxy Location HTTP/2 Trust", 1);
        // the JDK client upgrades cleartext requests to HTTP/2 (h2c), where the host travels as :authority
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/plans/created"))
                .header("Authorization", "Bearer " + org.leaderToken()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"School improvement plan 2026-27\"}"))
                .build();
        client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()); // the first request may stay HTTP/1.1
        java.net.http.HttpResponse<Void> response = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(201, response.statusCode());
        assertEquals(java.net.http.HttpClient.Version.HTTP_2, response.version());
        assertTrue(response.headers().firstValue("Location").orElse("").startsWith(base + "/api/v1/plans/"),
                response.headers().map().toString());
    }

    @Test
    void answersToAnHttp2CallerLeaveTheServiceConnectionOpenForTheNextRequest() throws Exception {
        Api.Org org = Api.newTrust("Proxy Keep-Alive Trust", 1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        Set<Integer> serviceConnections = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reviews"))
                    .header("Authorization", "Bearer " + org.leaderToken()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Autumn review " + i + "\"}"))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "request " + i + ": " + response.body());
            serviceConnections.add(JsonPath.from(response.body()).getInt("connectionPort"));
        }
        // an HTTP/2 stream closes after every answer; that must not close the pooled connection to the
        // service as if the caller had gone, or the next request on it fails as a 502
        assertTrue(serviceConnections.size() <= 5, "30 requests in a row used " + serviceConnections.size()
                + " connections to plans-service");
    }

    @Test
    void spaOriginGetsCorsAndOthersDoNot() {
        Api.Org org = Api.newTrust("Proxy CORS Trust", 1);
        given().header("Origin", "https://spa.test.example")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/plans/0193a2f0-0000-7000-8000-000000000001")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.test.example")
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().auth().oauth2(org.leaderToken()).header("Origin", "https://spa.test.example")
                .when().get("/api/v1/plans")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.test.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().auth().oauth2(org.leaderToken()).header("Origin", "https://evil.example")
                .when().get("/api/v1/plans")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        given().when().get("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:goldenthread:problem:unauthorized"));
    }

    @Test
    void platformAdministratorReadsNoSchoolData() {
        Api.get("/api/v1/plans", Api.adminToken())
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
