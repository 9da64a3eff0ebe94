package org.goldenthread.gateway.identity;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.edge.HttpClients;
import org.goldenthread.platform.tenancy.Roles;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * External OIDC issuers whose user tokens the gateway accepts (a trust's own identity provider,
 * say). Each issuer's JWKS is fetched without blocking, kept, fetched again when a token names a
 * key it does not have (at most every {@value #MIN_REFRESH_SECONDS} seconds, so unknown key ids
 * cannot make the gateway hammer the issuer) and every {@value #MAX_AGE_MINUTES} minutes. Claims
 * are mapped onto roles, trust and schools as configured.
 */
@ApplicationScoped
public class ExternalIssuers {
    private static final Logger LOG = Logger.getLogger(ExternalIssuers.class);
    static final long MIN_REFRESH_SECONDS = 10;
    static final long MAX_AGE_MINUTES = 10;

    @Inject
    GatewayConfig config;
    @Inject
    HttpClients http;

    private final Map<String, Issuer> byIssuer = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent ignored) {
        config.oidc().forEach((name, settings) -> {
            Issuer issuer = new Issuer(name, settings);
            byIssuer.put(settings.issuer(), issuer);
            issuer.refresh().onFailure(e -> LOG.warnf("JWKS of issuer %s not fetched yet: %s", name, e.getMessage()));
        });
    }

    public Issuer byIssuer(String iss) {
        return byIssuer.get(iss);
    }

    /** One configured issuer with its keys. */
    public final class Issuer {
        private final String name;
        private final GatewayConfig.ExternalIssuer settings;
        private volatile JwtConsumer consumer;
        private volatile Set<String> kids = Set.of();
        private volatile long fetchedAtNanos;
        private volatile long attemptedAtNanos = System.nanoTime() - Duration.ofHours(1).toNanos();
        private Future<Void> inflight;

        Issuer(String name, GatewayConfig.ExternalIssuer settings) {
            this.name = name;
            this.settings = settings;
        }

        Future<VerifiedToken> verify(JwtContext context) {
            if (!settings.algorithms().contains(TokenVerifier.algorithm(context))) {
                return Future.failedFuture(new InvalidCredentials("the token is signed with an algorithm this API does not accept"));
            }
            String kid = context.getJoseObjects().isEmpty() ? null : context.getJoseObjects().get(0).getKeyIdHeaderValue();
            boolean known = consumer != null && (kid == null ? !kids.isEmpty() : kids.contains(kid));
            long now = System.nanoTime();
            if (known && now - fetchedAtNanos < Duration.ofMinutes(MAX_AGE_MINUTES).toNanos()) {
                return check(context);
            }
            if (now - attemptedAtNanos < Duration.ofSeconds(MIN_REFRESH_SECONDS).toNanos()) {
                return known ? check(context)
                        : Future.failedFuture(new InvalidCredentials("the token is signed with a key this API does not know"));
            }
            return refresh().transform(ignored -> consumer == null
                    ? Future.failedFuture(new InvalidCredentials("the token's issuer cannot be reached to check it"))
                    : check(context));
        }

        private Future<VerifiedToken> check(JwtContext context) {
            try {
                consumer.processContext(context);
                return Future.succeededFuture(map(context.getJwtClaims()));
            } catch (InvalidJwtException e) {
                return Future.failedFuture(new InvalidCredentials(TokenVerifier.reason(e)));
            } catch (MalformedClaimException e) {
                return Future.failedFuture(new InvalidCredentials("the token has a malformed claim"));
            }
        }

        synchronized Future<Void> refresh() {
            if (inflight != null) {
                return inflight;
            }
            attemptedAtNanos = System.nanoTime();
            Promise<Void> done = Promise.promise();
            inflight = done.future();
            http.fetch(settings.jwksUrl(), Duration.ofSeconds(5)).onComplete(ar -> {
                try {
                    if (ar.succeeded()) {
                        install(new JsonWebKeySet(ar.result().toString()));
                    } else {
                        LOG.warnf("cannot fetch the JWKS of issuer %s from %s: %s", name, settings.jwksUrl(),
                                ar.cause().getMessage());
                    }
                } catch (JoseException e) {
                    LOG.warnf("the JWKS of issuer %s is not valid: %s", name, e.getMessage());
                } finally {
                    synchronized (this) {
                        inflight = null;
                    }
                    done.complete();
                }
            });
            return done.future();
        }

        private void install(JsonWebKeySet set) {
            List<JsonWebKey> keys = set.getJsonWebKeys();
            JwtConsumerBuilder builder = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireSubject()
                    .setAllowedClockSkewInSeconds(30)
                    .setExpectedIssuer(settings.issuer())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            settings.algorithms().toArray(String[]::new))
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys));
            if (settings.audience().isPresent()) {
                builder.setExpectedAudience(settings.audience().get());
            } else {
                builder.setSkipDefaultAudienceValidation();
            }
            consumer = builder.build();
            Set<String> ids = new LinkedHashSet<>();
            keys.forEach(k -> ids.add(k.getKeyId() == null ? "" : k.getKeyId()));
            kids = Set.copyOf(ids);
            fetchedAtNanos = System.nanoTime();
        }

        private VerifiedToken map(JwtClaims claims) throws MalformedClaimException {
            Set<String> roles = new LinkedHashSet<>();
            for (String raw : strings(claim(claims, settings.rolesClaim()))) {
                String mapped = settings.roleMapping().get(raw);
                if (mapped != null && Roles.ALL.contains(mapped)) {
                    roles.add(mapped);
                } else if (mapped == null && Roles.ALL.contains(raw)) {
                    roles.add(raw);
                }
            }
            UUID trust = settings.trustId().orElse(null);
            UUID claimed = uuid(claim(claims, settings.trustClaim()));
            if (trust == null) {
                trust = claimed;
            } else if (claimed != null && !claimed.equals(trust)) {
                trust = null; // the token claims another trust than its issuer serves: no tenant at all
            }
            Set<UUID> schools = new LinkedHashSet<>();
            for (String raw : strings(claim(claims, settings.schoolsClaim()))) {
                UUID id = uuid(raw);
                if (id != null) {
                    schools.add(id);
                }
            }
            Object name = claims.getClaimValue("name");
            String subject = name() + ":" + claims.getSubject();
            return new VerifiedToken(Caller.Kind.EXTERNAL_USER, name(), subject,
                    claims.getExpirationTime().getValue(), name == null ? subject : name.toString(),
                    roles, trust, schools);
        }

        public String name() {
            return name;
        }
    }

    /** A claim by name, or by a dotted path into nested objects (e.g. {@code realm_access.roles}). */
    static Object claim(JwtClaims claims, String path) {
        Object value = claims.getClaimValue(path);
        if (value != null || !path.contains(".")) {
            return value;
        }
        Object current = claims.getClaimsMap();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        return List.of(value.toString().trim().split("[\\s,]+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
