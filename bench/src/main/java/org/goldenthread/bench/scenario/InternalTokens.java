package org.goldenthread.bench.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Internal tokens for calling a service directly, without the gateway: RS256 JWTs shaped exactly like the ones the
 * gateway forwards ({@code iss golden-thread-gateway}, {@code aud golden-thread-services}, {@code sub}, {@code roles},
 * {@code trust_id}, {@code school_ids}, header {@code kid}), signed with the gateway's current private key read from
 * its key directory ({@code <kid>.json} files with {@code kid}, {@code activatesAt} and a base64 PKCS#8
 * {@code privateKey}). The services verify them against the gateway's JWKS like any other internal token.
 */
public final class InternalTokens {

    public static final String ISSUER = "golden-thread-gateway";
    public static final String AUDIENCE = "golden-thread-services";

    /** One signing key from the directory. */
    record Key(String kid, Instant activatesAt, PrivateKey privateKey) {
    }

    private final Key key;

    private InternalTokens(Key key) {
        this.key = key;
    }

    /** Signs with the key that is active now in {@code keyDirectory}. */
    public static InternalTokens fromKeyDirectory(Path keyDirectory) {
        return fromKeyDirectory(keyDirectory, Instant.now());
    }

    /** Signs with the newest key whose {@code activatesAt} is not after {@code now}, as the gateway does. */
    static InternalTokens fromKeyDirectory(Path keyDirectory, Instant now) {
        List<Key> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(keyDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                keys.add(read(file));
            }
        } catch (IOException e) {
            throw new ScenarioFailed("cannot read the gateway's key directory " + keyDirectory + ": " + e);
        }
        Key active = null;
        for (Key k : keys) {
            if (!k.activatesAt().isAfter(now) && (active == null || k.activatesAt().isAfter(active.activatesAt()))) {
                active = k;
            }
        }
        if (active == null) {
            throw new ScenarioFailed("no signing key active at " + now + " in " + keyDirectory + " (" + keys.size()
                    + " key files)");
        }
        return new InternalTokens(active);
    }

    private static Key read(Path file) throws IOException {
        JsonNode json = Api.JSON.readTree(file.toFile());
        try {
            byte[] der = Base64.getDecoder().decode(json.path("privateKey").asText());
            PrivateKey pk = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new Key(json.path("kid").asText(), Instant.parse(json.path("activatesAt").asText()), pk);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ScenarioFailed("not a usable signing key file: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    public String kid() {
        return key.kid();
    }

    /** A token for {@code subject} with {@code roles} in {@code trustId}, for {@code schoolIds} (empty = trust-wide). */
    public String token(String subject, Collection<String> roles, UUID trustId, Collection<UUID> schoolIds,
            Duration lifetime) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = Api.JSON.createObjectNode()
                .put("iss", ISSUER)
                .put("aud", AUDIENCE)
                .put("sub", subject)
                .put("upn", subject)
                .put("iat", now)
                .put("exp", now + lifetime.toSeconds())
                .put("jti", UUID.randomUUID().toString())
                .put("trust_id", trustId.toString());
        ArrayNode r = claims.putArray("roles");
        roles.forEach(r::add);
        ArrayNode s = claims.putArray("school_ids");
        schoolIds.forEach(id -> s.add(id.toString()));
        ObjectNode header = Api.JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", key.kid());
        String signingInput = b64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an internal token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
