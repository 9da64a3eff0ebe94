package org.goldenthread.gateway.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short-lived RS256 token the gateway forwards to the services in place of the caller's own:
 * {@code iss golden-thread-gateway}, {@code aud golden-thread-services}, {@code sub}, {@code roles},
 * {@code trust_id} and {@code school_ids} (for the trust-wide roles, every school of the trust). Signing is the costly part of a request, so a token is
 * reused for the same caller, roles, schools and key until it is half-way through its life.
 */
@ApplicationScoped
public class InternalTokens {
    public static final String ISSUER = "golden-thread-gateway";
    public static final String AUDIENCE = "golden-thread-services";
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_CACHED = 20_000;

    @Inject
    SigningKeys keys;
    @Inject
    GatewayConfig config;

    private record Minted(String token, Instant renewAfter) {
    }

    /** What a token says: the signing key and the caller (a record, so equal callers share a token). */
    private record Minting(String kid, Caller caller) {
    }

    private final Map<Minting, Minted> cache = new ConcurrentHashMap<>();

    /** A token for the caller, who must belong to a trust. */
    public String forCaller(Caller caller) {
        SigningKeys.SigningKey key = keys.active();
        Set<UUID> schools = caller.schoolIds();
        Minting cacheKey = new Minting(key.kid(), caller);
        Instant now = Instant.now();
        Minted minted = cache.get(cacheKey);
        if (minted != null && now.isBefore(minted.renewAfter())) {
            return minted.token();
        }
        Duration lifetime = lifetime();
        String token = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(caller.subject())
                .upn(caller.subject())
                .claim("name", caller.displayName())
                .claim("roles", List.copyOf(new TreeSet<>(caller.roles())))
                .claim("trust_id", caller.trustId().toString())
                .claim("school_ids", schools.stream().map(UUID::toString).sorted().toList())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .sign(key.privateKey());
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(cacheKey, new Minted(token, now.plus(lifetime.dividedBy(2))));
        return token;
    }

    private Duration lifetime() {
        Duration configured = config.internalToken().lifetime();
        return configured.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : configured;
    }
}
