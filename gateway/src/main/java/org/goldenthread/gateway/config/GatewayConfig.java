package org.goldenthread.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The gateway's settings ({@code goldenthread.gateway.*}); each maps from a GOLDENTHREAD_GATEWAY_* variable. */
@ConfigMapping(prefix = "goldenthread.gateway")
public interface GatewayConfig {

    /** Base URLs of the services the gateway routes to. */
    Upstreams upstreams();

    Upstream upstream();

    InternalToken internalToken();

    AccessToken accessToken();

    BuiltInIssuer builtInIssuer();

    BootstrapAdmin bootstrapAdmin();

    RateLimit rateLimit();

    Registry registry();

    OpenApi openapi();

    /** bcrypt cost of stored passwords and client secrets (2^cost rounds). */
    @WithDefault("10")
    int bcryptCost();

    /** Origins of the SPA allowed by CORS (also feeds quarkus.http.cors.origins). */
    @WithDefault("http://localhost:5173")
    List<String> corsOrigins();

    /** External OIDC issuers whose user tokens are accepted, by a name of your choosing. */
    Map<String, ExternalIssuer> oidc();

    interface Upstreams {
        @WithDefault("http://localhost:8081")
        String plans();

        @WithDefault("http://localhost:8082")
        String tracking();

        @WithDefault("http://localhost:8083")
        String monitoring();
    }

    interface Upstream {
        /** How long to wait for a connection to a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long to wait for a service's response once the request (with its body) is sent. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** Keep-alive connections per service. */
        @WithDefault("64")
        int poolSize();

        /** Requests waiting for a pooled connection before the gateway answers 503. */
        @WithDefault("10000")
        int maxWaitQueue();
    }

    interface InternalToken {
        /** Where the RSA signing keys live; a key is generated on first start when it is empty. */
        @WithDefault(".golden-thread/gateway-keys")
        Path keyDirectory();

        /** Lifetime of the internal token forwarded to the services (at most 5 minutes). */
        @WithDefault("5m")
        Duration lifetime();

        /** A new signing key is made when the newest is this old. */
        @WithDefault("P30D")
        Duration rotationInterval();

        /** A new key is published in the JWKS this long before it signs anything. */
        @WithDefault("10m")
        Duration publishAhead();

        @WithDefault("2048")
        int keySize();
    }

    interface AccessToken {
        /** The {@code iss} of the access tokens the gateway issues (client credentials and built-in users). */
        @WithDefault("http://localhost:8080")
        String issuer();

        @WithDefault("golden-thread-api")
        String audience();

        @WithDefault("15m")
        Duration lifetime();
    }

    interface BuiltInIssuer {
        /** The built-in OIDC issuer with the users stored in the gateway (the embedded default, demos). */
        @WithDefault("false")
        boolean enabled();
    }

    interface BootstrapAdmin {
        /** A platform-admin API client that may create trusts; absent means none. */
        Optional<String> clientId();

        Optional<String> clientSecret();
    }

    interface RateLimit {
        /** Sustained requests per second per caller (client, user). */
        @WithDefault("100")
        double requestsPerSecond();

        /** Bucket size: requests a caller may send at once before the sustained rate applies. */
        @WithDefault("200")
        int burst();

        /** Token requests per second per client id or user name (guards the secret checks). */
        @WithName("token-requests-per-second")
        @WithDefault("2")
        double tokenRequestsPerSecond();

        @WithDefault("20")
        int tokenBurst();
    }

    interface Registry {
        /** Longest time a client's or user's status is cached: a revocation reaches other replicas within it. */
        @WithDefault("2s")
        Duration cacheTtl();
    }

    interface OpenApi {
        /** How often the services' OpenAPI documents are fetched again for the merged document. */
        @WithDefault("5m")
        Duration refreshInterval();

        @WithDefault("5s")
        Duration fetchTimeout();
    }

    interface ExternalIssuer {
        /** The {@code iss} value of the issuer's tokens. */
        String issuer();

        /** Where the issuer publishes its signing keys. */
        String jwksUrl();

        /** The {@code aud} the tokens must carry; absent means any. */
        Optional<String> audience();

        /** Signature algorithms accepted. */
        @WithDefault("RS256")
        List<String> algorithms();

        /** Claim holding the caller's roles (a list or a space-separated string). */
        @WithDefault("roles")
        String rolesClaim();

        /** Claim holding the trust id; not needed when {@link #trustId()} is set. */
        @WithDefault("trust_id")
        String trustClaim();

        /** Claim holding the school ids (UUIDs). */
        @WithDefault("school_ids")
        String schoolsClaim();

        /** When set, every token of this issuer belongs to this trust (a trust's own identity provider). */
        Optional<UUID> trustId();

        /** Maps the issuer's role names onto Golden Thread roles; unmapped roles are dropped. */
        Map<String, String> roleMapping();
    }
}
