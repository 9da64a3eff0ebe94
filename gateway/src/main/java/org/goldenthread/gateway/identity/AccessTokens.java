package org.goldenthread.gateway.identity;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Access tokens the gateway issues at {@code /oauth/token}: RS256 JWTs (RFC 9068 shape) for an API
 * client, a built-in user or the platform administrator. They say only who the caller is; what
 * the caller may do is looked up in the registry on every request, so a revocation or a change
 * of roles applies at once.
 */
@ApplicationScoped
public class AccessTokens {
    /** The claim telling what kind of principal {@code sub} names. */
    public static final String KIND_CLAIM = "gt_kind";

    @Inject
    SigningKeys keys;
    @Inject
    GatewayConfig config;

    /** A signed token and its lifetime in seconds. */
    public record Issued(String token, long expiresIn) {
    }

    public Issued issue(Caller.Kind kind, String subject, String clientId, Set<String> roles, UUID trustId) {
        SigningKeys.SigningKey key = keys.active();
        Instant now = Instant.now();
        long lifetime = config.accessToken().lifetime().toSeconds();
        var claims = Jwt.issuer(config.accessToken().issuer())
                .audience(config.accessToken().audience())
                .subject(subject)
                .claim(KIND_CLAIM, kind.name().toLowerCase())
                .claim("client_id", clientId)
                .claim("roles", List.copyOf(new TreeSet<>(roles)))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime));
        if (trustId != null) {
            claims.claim("trust_id", trustId.toString());
        }
        String token = claims.jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .type("at+jwt")
                .sign(key.privateKey());
        return new Issued(token, lifetime);
    }
}
