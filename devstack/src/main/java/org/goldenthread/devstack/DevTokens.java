package org.goldenthread.devstack;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Internal tokens for tests of a single service: RS256 JWTs shaped exactly like the ones the
 * gateway forwards ({@code sub}, {@code roles}, {@code trust_id}, {@code school_ids}), signed with
 * a key pair made once per JVM. {@link DevstackResource} hands the public key to the service.
 */
public final class DevTokens {
    public static final String ISSUER = "golden-thread-gateway";
    public static final String AUDIENCE = "golden-thread-services";
    private static final String PUBLIC = "goldenthread.devtokens.public";
    private static final String PRIVATE = "goldenthread.devtokens.private";

    private DevTokens() {
    }

    /** The public key, X.509 DER in base64, as smallrye-jwt's mp.jwt.verify.publickey accepts it. */
    public static String publicKey() {
        ensureKeys();
        return System.getProperty(PUBLIC);
    }

    public static String token(String subject, Collection<String> roles, UUID trustId, Collection<UUID> schoolIds) {
        return sign(claims(subject, roles, trustId, schoolIds, Instant.now().plusSeconds(3600), ISSUER, AUDIENCE));
    }

    /** A token for one role in one school. */
    public static String schoolUser(String role, UUID trustId, UUID schoolId) {
        return token(role.toLowerCase() + "@" + schoolId, List.of(role), trustId, List.of(schoolId));
    }

    /**
     * A token for a trust-wide role (TRUST_LEADER, ANALYTICS) with the trust's schools, as the
     * gateway sends it: a trust-wide caller may name only its own trust's schools.
     */
    public static String trustUser(String role, UUID trustId, UUID... schoolsOfTheTrust) {
        return token(role.toLowerCase() + "@" + trustId, List.of(role), trustId, List.of(schoolsOfTheTrust));
    }

    /** Signs arbitrary claims (a JSON object) with the test key: for tests of expired or malformed tokens. */
    public static String sign(String claimsJson) {
        ensureKeys();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"devstack\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE))));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    public static String claims(String subject, Collection<String> roles, UUID trustId, Collection<UUID> schoolIds,
                                Instant expires, String issuer, String audience) {
        long now = Instant.now().getEpochSecond();
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"iss\":\"").append(issuer).append("\",");
        sb.append("\"aud\":\"").append(audience).append("\",");
        sb.append("\"sub\":\"").append(subject).append("\",");
        sb.append("\"upn\":\"").append(subject).append("\",");
        sb.append("\"iat\":").append(now).append(',');
        sb.append("\"exp\":").append(expires.getEpochSecond()).append(',');
        sb.append("\"jti\":\"").append(UUID.randomUUID()).append("\",");
        sb.append("\"roles\":[").append(roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","))).append(']');
        if (trustId != null) {
            sb.append(",\"trust_id\":\"").append(trustId).append('"');
        }
        if (schoolIds != null) {
            sb.append(",\"school_ids\":[")
                    .append(schoolIds.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))).append(']');
        }
        return sb.append('}').toString();
    }

    private static void ensureKeys() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PRIVATE) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot make a test key pair", e);
            }
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
