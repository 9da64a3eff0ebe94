package org.goldenthread.gateway.identity;

import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an {@code Authorization} header into a {@link Caller}: the token is verified (and the
 * result remembered until it expires, so the signature is checked once per token), then the
 * registry's current state of the client or user decides roles, schools and whether the caller
 * may come in at all. A revoked client is refused on its next request, token or not.
 */
@ApplicationScoped
public class Authenticator {
    private static final int MAX_REMEMBERED = 10_000;
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    @Inject
    TokenVerifier verifier;
    @Inject
    Directory directory;
    @Inject
    GatewayConfig config;

    private final Map<String, VerifiedToken> verified = new ConcurrentHashMap<>();

    /** The caller, or a failed future with {@link InvalidCredentials}. */
    public Future<Caller> authenticate(String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            return Future.failedFuture(new InvalidCredentials(authorization == null
                    ? "this needs a bearer token (Authorization: Bearer ...)"
                    : "the Authorization header must be 'Bearer <token>'"));
        }
        long now = Instant.now().getEpochSecond();
        VerifiedToken known = verified.get(token);
        if (known != null) {
            if (known.expired(now)) {
                verified.remove(token);
                return Future.failedFuture(new InvalidCredentials("the token has expired; get a new one"));
            }
            return resolve(known);
        }
        return verifier.verify(token).compose(checked -> {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(token, checked);
            return resolve(checked);
        });
    }

    private Future<Caller> resolve(VerifiedToken token) {
        return caller(token).compose(caller -> caller.trustWide() && caller.trustId() != null
                // the services check a school against the token's list, so a trust-wide caller carries
                // every school of its trust, and never another trust's
                ? directory.trustSchools(caller.trustId()).map(schools -> caller.withSchools(schools.orElse(Set.of())))
                : Future.succeededFuture(caller));
    }

    private Future<Caller> caller(VerifiedToken token) {
        return switch (token.kind()) {
            case CLIENT -> client(token);
            case USER -> user(token);
            case PLATFORM_ADMIN -> admin(token);
            case EXTERNAL_USER -> external(token);
        };
    }

    private Future<Caller> client(VerifiedToken token) {
        UUID id = uuid(token.subject());
        if (id == null) {
            return Future.failedFuture(new InvalidCredentials("the token names no API client"));
        }
        return directory.client(id).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new InvalidCredentials("the API client no longer exists"));
            }
            Directory.ClientState client = found.get();
            if (client.revoked()) {
                return Future.failedFuture(new InvalidCredentials("the API client has been revoked"));
            }
            Caller.RateLimit limit = client.requestsPerSecond() == null ? null
                    : new Caller.RateLimit(client.requestsPerSecond(),
                    client.burst() == null ? client.requestsPerSecond() : client.burst());
            return Future.succeededFuture(new Caller(Caller.Kind.CLIENT, "client:" + id, "client:" + id, client.name(),
                    client.roles(), client.trustId(), client.schoolIds(), limit));
        });
    }

    private Future<Caller> user(VerifiedToken token) {
        if (!config.builtInIssuer().enabled()) {
            return Future.failedFuture(new InvalidCredentials("sign-in with the built-in issuer is switched off"));
        }
        UUID id = uuid(token.subject());
        if (id == null) {
            return Future.failedFuture(new InvalidCredentials("the token names no user"));
        }
        return directory.user(id).compose(found -> {
            if (found.isEmpty() || !found.get().enabled()) {
                return Future.failedFuture(new InvalidCredentials("the user account is disabled or no longer exists"));
            }
            Directory.UserState user = found.get();
            return Future.succeededFuture(new Caller(Caller.Kind.USER, user.username(), "user:" + id, user.displayName(),
                    user.roles(), user.trustId(), user.schoolIds(), null));
        });
    }

    private Future<Caller> admin(VerifiedToken token) {
        Optional<String> configured = config.bootstrapAdmin().clientId();
        if (configured.isEmpty() || !configured.get().equals(token.subject())) {
            return Future.failedFuture(new InvalidCredentials("the platform administrator client is no longer configured"));
        }
        return Future.succeededFuture(new Caller(Caller.Kind.PLATFORM_ADMIN, "admin:" + token.subject(),
                "admin:" + token.subject(), "Platform administrator", Set.of(Caller.PLATFORM_ADMIN), null, Set.of(), null));
    }

    private Future<Caller> external(VerifiedToken token) {
        if (token.trustId() == null || token.roles().isEmpty()) {
            return Future.succeededFuture(withoutTenant(token));
        }
        return directory.trustSchools(token.trustId()).map(schools -> {
            if (schools.isEmpty()) {
                return withoutTenant(token);
            }
            Set<UUID> allowed = new LinkedHashSet<>(token.schoolIds());
            allowed.retainAll(schools.get());
            return new Caller(Caller.Kind.EXTERNAL_USER, token.subject(), "external:" + token.subject(),
                    token.displayName(), token.roles(), token.trustId(), allowed, null);
        });
    }

    private static Caller withoutTenant(VerifiedToken token) {
        return new Caller(Caller.Kind.EXTERNAL_USER, token.subject(), "external:" + token.subject(), token.displayName(),
                Set.of(), null, Set.of(), null);
    }

    /** Forgets every verified token (after a key is withdrawn, say). */
    public void forgetVerifiedTokens() {
        verified.clear();
    }

    static String bearer(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH + 7) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
