package org.goldenthread.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.goldenthread.devstack.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gateway needs around it in tests, started once per JVM: stub plans and tracking
 * services (see {@link StubServices}), a monitoring address where nothing listens (a service that
 * is down), a stub external OIDC issuer serving its JWKS, and an empty key directory. The
 * issuer's private key is left in a system property for {@link ExternalTokens}.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {
    static final String IDP_PRIVATE_KEY = "gateway.test.idp.private";
    static final String IDP_ISSUER = "https://idp.test.example/realms/glf";
    static final String IDP_AUDIENCE = "golden-thread";
    static final String IDP_KID = "idp-key-1";
    private static final String STARTED = "gateway.test.started";

    private static Vertx vertx;

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        synchronized (System.getProperties()) {
            if (System.getProperty(STARTED) == null) {
                startStubs();
            }
        }
        config.put("goldenthread.gateway.upstreams.plans", "http://127.0.0.1:" + System.getProperty("gateway.test.plans"));
        config.put("goldenthread.gateway.upstreams.tracking", "http://127.0.0.1:" + System.getProperty("gateway.test.tracking"));
        config.put("goldenthread.gateway.upstreams.monitoring", "http://127.0.0.1:" + System.getProperty("gateway.test.monitoring"));
        config.put("goldenthread.gateway.internal-token.key-directory", System.getProperty("gateway.test.keys"));
        String idp = "goldenthread.gateway.oidc.trust-idp.";
        config.put(idp + "issuer", IDP_ISSUER);
        config.put(idp + "jwks-url", "http://127.0.0.1:" + System.getProperty("gateway.test.idp") + "/protocol/openid-connect/certs");
        config.put(idp + "audience", IDP_AUDIENCE);
        config.put(idp + "roles-claim", "realm_access.roles");
        config.put(idp + "trust-claim", "trust_id");
        config.put(idp + "schools-claim", "school_ids");
        config.put(idp + "role-mapping.headteacher", "SCHOOL_LEADER");
        config.put(idp + "role-mapping.class-teacher", "TEACHER");
        return config;
    }

    private static void startStubs() {
        try {
            vertx = Vertx.vertx();
            int plans = Ports.free();
            int tracking = Ports.free();
            int monitoring = Ports.free();
            int idp = Ports.free();
            StubServices.start(vertx, "plans", plans, plansOpenApi());
            StubServices.start(vertx, "tracking", tracking, null);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            String jwks = new JsonObject().put("keys", new JsonArray().add(new JsonObject()
                    .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", IDP_KID)
                    .put("n", unsigned(publicKey.getModulus())).put("e", unsigned(publicKey.getPublicExponent())))).encode();
            vertx.createHttpServer().requestHandler(r -> r.response().putHeader("Content-Type", "application/json").end(jwks))
                    .listen(idp, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
            Path keys = Files.createTempDirectory("gateway-test-keys-");
            System.setProperty("gateway.test.plans", String.valueOf(plans));
            System.setProperty("gateway.test.tracking", String.valueOf(tracking));
            System.setProperty("gateway.test.monitoring", String.valueOf(monitoring));
            System.setProperty("gateway.test.idp", String.valueOf(idp));
            System.setProperty("gateway.test.keys", keys.toString());
            System.setProperty(IDP_PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            System.setProperty(STARTED, "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot start the gateway's test stubs", e);
        }
    }

    private static String plansOpenApi() {
        JsonObject internalToken = new JsonObject().put("internalToken", new JsonArray());
        JsonObject get = new JsonObject().put("summary", "List plans").put("tags", new JsonArray().add("Plans"))
                .put("security", new JsonArray().add(internalToken))
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "A page of plans")));
        JsonObject paths = new JsonObject()
                .put("/api/v1/plans", new JsonObject().put("get", get))
                .put("/api/v1/plans/{planId}", new JsonObject().put("get", get.copy().put("summary", "Get a plan")))
                .put("/api/v1/milestones/{milestoneId}", new JsonObject().put("get", get.copy().put("summary", "Get a milestone")))
                // not the plans service's to answer: the merged document must leave it out
                .put("/api/v1/schools/{schoolId}/pupils", new JsonObject().put("get", get.copy().put("summary", "Stray")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Golden Thread plans-service").put("version", "1.0"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", "Plans").put("description", "Improvement plans")))
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("PlanView", new JsonObject().put("type", "object")))
                        .put("securitySchemes", new JsonObject().put("internalToken",
                                new JsonObject().put("type", "http").put("scheme", "bearer"))))
                .encode();
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void stop() {
        // the stubs live as long as the JVM, like the devstack
    }
}
