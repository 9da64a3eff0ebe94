package org.goldenthread.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalTokensTest {

    private static KeyPair write(Path dir, String kid, Instant activatesAt) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        Files.writeString(dir.resolve(kid + ".json"), Api.JSON.createObjectNode()
                .put("kid", kid)
                .put("activatesAt", activatesAt.toString())
                .put("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                .put("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())).toString());
        return pair;
    }

    @Test
    void signsWithTheKeyActiveNowAsTheGatewayWouldSign(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-11-24T06:00:00Z");
        write(dir, "gt-old", now.minus(Duration.ofDays(40)));
        KeyPair active = write(dir, "gt-active", now.minus(Duration.ofDays(10)));
        write(dir, "gt-next", now.plus(Duration.ofMinutes(10))); // published ahead, not signing yet
        UUID trust = UUID.randomUUID();
        UUID school = UUID.randomUUID();

        InternalTokens tokens = InternalTokens.fromKeyDirectory(dir, now);
        String jwt = tokens.token("head@school.test", List.of("SCHOOL_LEADER"), trust, List.of(school),
                Duration.ofMinutes(5));

        assertEquals("gt-active", tokens.kid());
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("RS256", header.path("alg").asText());
        assertEquals("gt-active", header.path("kid").asText());
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(active.getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verify.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the active key");
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("golden-thread-gateway", claims.path("iss").asText());
        assertEquals("golden-thread-services", claims.path("aud").asText());
        assertEquals("head@school.test", claims.path("sub").asText());
        assertEquals("SCHOOL_LEADER", claims.path("roles").get(0).asText());
        assertEquals(trust.toString(), claims.path("trust_id").asText());
        assertEquals(school.toString(), claims.path("school_ids").get(0).asText());
        assertEquals(300, claims.path("exp").asLong() - claims.path("iat").asLong());
    }

    @Test
    void noActiveKeyIsAClearFailure(@TempDir Path dir) throws Exception {
        Instant now = Instant.now();
        write(dir, "gt-future", now.plus(Duration.ofMinutes(10)));

        ScenarioFailed e = assertThrows(ScenarioFailed.class, () -> InternalTokens.fromKeyDirectory(dir, now));
        assertTrue(e.getMessage().contains("no signing key active"), e.getMessage());
    }
}
