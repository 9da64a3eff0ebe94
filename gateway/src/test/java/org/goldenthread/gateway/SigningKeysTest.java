package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.gateway.identity.SigningKeys;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's keys: made on first start, rotated by kid, published before they sign. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class SigningKeysTest {
    @Inject
    SigningKeys keys;

    private static List<String> publishedKids() {
        return given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath().getList("keys.kid");
    }

    @Test
    void aKeyIsMadeOnFirstStartAndPublishedWithoutItsPrivatePart() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("gateway.test.keys")))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".json")), "a key file was written");
        }
        JsonPath jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath();
        assertTrue(jwks.getList("keys").size() >= 1);
        assertEquals("RSA", jwks.getString("keys[0].kty"));
        assertEquals("RS256", jwks.getString("keys[0].alg"));
        assertTrue(jwks.getString("keys[0].n").length() > 300, "a 2048-bit modulus");
        assertTrue(jwks.get("keys[0].d") == null, "no private exponent");
    }

    @Test
    void keyMadeByAnotherReplicaIsPickedUpFromTheSharedDirectory() throws Exception {
        Api.Org org = Api.newTrust("Replica Key Trust", 1);
        String userId = Api.get("/api/v1/trusts/" + org.trustId() + "/users", org.leaderToken()).jsonPath().getString("items[0].id");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String kid = "gt-other-replica-" + System.nanoTime();
        Files.writeString(Path.of(System.getProperty("gateway.test.keys"), kid + ".json"), "{\"kid\":\"" + kid
                + "\",\"activatesAt\":\"" + Instant.now().plusSeconds(7200) + "\",\"privateKey\":\""
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\"}");
        String issuer = given().when().get("/.well-known/openid-configuration").jsonPath().getString("issuer");
        String token = Jwt.issuer(issuer).audience("golden-thread-api").subject(userId).claim("gt_kind", "user")
                .expiresIn(600).jws().algorithm(SignatureAlgorithm.RS256).keyId(kid).sign(pair.getPrivate());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                Api.get("/api/v1/schools", token).then().statusCode(200));
        assertTrue(publishedKids().contains(kid), "and it is published in this replica's JWKS");
    }

    @Test
    void newKeyIsPublishedBeforeItSignsAndTheOldOneStaysPublishedAfter() {
        Api.Org org = Api.newTrust("Key Rotation Trust", 1);
        String before = keys.active().kid();

        SigningKeys.SigningKey pending = keys.addKey(Instant.now().plusSeconds(3600));
        assertTrue(publishedKids().containsAll(List.of(before, pending.kid())), "the next key is in the JWKS ahead of time");
        String internal = Api.get("/api/v1/plans", org.leaderToken()).jsonPath().getString("headers.authorization").substring(7);
        assertEquals(before, Jwts.kid(internal), "a pending key does not sign yet");

        SigningKeys.SigningKey next = keys.addKey(Instant.now().minusSeconds(1));
        assertEquals(next.kid(), keys.active().kid());
        String signedNow = Api.get("/api/v1/plans", org.leaderToken()).jsonPath().getString("headers.authorization").substring(7);
        assertEquals(next.kid(), Jwts.kid(signedNow), "the new key signs once its time has come");
        Jwts.verifyInternal(signedNow);
        List<String> published = publishedKids();
        assertTrue(published.contains(before), "the previous key stays published while its tokens live");
        assertTrue(published.contains(pending.kid()));

        // an access token issued before the rotation still works
        Api.get("/api/v1/schools", org.leaderToken()).then().statusCode(200);
    }
}
