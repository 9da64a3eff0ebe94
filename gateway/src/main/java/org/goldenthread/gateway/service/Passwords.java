package org.goldenthread.gateway.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** bcrypt hashing of passwords and client secrets, and the secrets themselves. */
@ApplicationScoped
public class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GatewayConfig config;

    // Checked against when there is no such user or client, so that the answer takes as long.
    private String decoy;

    @PostConstruct
    void init() {
        decoy = hash("decoy-" + RANDOM.nextLong());
    }

    public String hash(String secret) {
        return BcryptUtil.bcryptHash(secret, Math.max(4, Math.min(31, config.bcryptCost())));
    }

    /** Whether the secret matches the hash; with a null hash it still spends the time of a check. */
    public boolean matches(String secret, String hash) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length > 72) {
            BcryptUtil.matches("x", decoy);
            return false;
        }
        if (hash == null) {
            BcryptUtil.matches(secret, decoy);
            return false;
        }
        try {
            return BcryptUtil.matches(secret, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A new client secret: 256 random bits, URL-safe. */
    public String newClientSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "gts_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** bcrypt reads at most 72 bytes; longer would silently ignore the rest, so it is refused. */
    public void requireAcceptable(String field, String password) {
        if (password == null || password.length() < 10) {
            throw ProblemException.invalidField(field, "must be at least 10 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ProblemException.invalidField(field, "must be at most 72 bytes");
        }
    }
}
