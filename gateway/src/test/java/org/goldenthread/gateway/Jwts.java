package org.goldenthread.gateway;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import static io.restassured.RestAssured.given;

/** Tokens for tests: checking the internal token as a service would, and forging bad tokens. */
final class Jwts {
    private Jwts() {
    }

    /** The internal token's claims, verified exactly as a service does: RS256, the gateway's JWKS, iss and aud. */
    static JwtClaims verifyInternal(String token) {
        try {
            String jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
            return new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setExpectedIssuer("golden-thread-gateway")
                    .setExpectedAudience("golden-thread-services")
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                    .build().processToClaims(token);
        } catch (Exception e) {
            throw new AssertionError("the internal token does not verify: " + e.getMessage(), e);
        }
    }

    static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(header).getString("kid");
    }

    /** A token signed by the stub external issuer's key. */
    static String external(JwtClaims claims) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(System.getProperty(GatewayTestResource.IDP_PRIVATE_KEY))));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue(GatewayTestResource.IDP_KID);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a plausible external user token; adjust before signing. */
    static JwtClaims externalClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(GatewayTestResource.IDP_ISSUER);
        claims.setAudience(GatewayTestResource.IDP_AUDIENCE);
        claims.setSubject("f:3c1e:alice");
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setIssuedAtToNow();
        claims.setClaim("name", "Alice Head");
        return claims;
    }

    /** An unsigned token (alg none) with the given payload. */
    static String unsigned(String payloadJson) {
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payloadJson) + ".";
    }

    /** An HS256 token whose HMAC key is the given bytes (e.g. the gateway's public key). */
    static String hmac(String payloadJson, byte[] secret, String kid) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payloadJson);
            jws.setKey(new HmacKey(secret));
            jws.setDoKeyValidation(false);
            jws.setKeyIdHeaderValue(kid);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of a JWT, as JSON text. */
    static String payload(String token) {
        String[] parts = token.split("\\.");
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
