package org.goldenthread.e2e.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the consistency checks learn what a service reads: without this being right, a manifest
 * setting a misspelt variable would pass unnoticed, or a correct one would be rejected.
 */
class ServiceConfigurationTest {

    private static final String GATEWAY_LIKE_MAPPING = """
            package example;

            import io.smallrye.config.ConfigMapping;
            import io.smallrye.config.WithDefault;
            import io.smallrye.config.WithName;
            import io.smallrye.config.WithParentName;
            import java.util.*;

            /** Settings ({@code goldenthread.gateway.*}); see {@link Upstreams}. */
            @ConfigMapping(prefix = "goldenthread.gateway")
            public interface GatewayConfig {
                // a comment with a method-like text: String commentedOut();
                Upstreams upstreams();

                InternalToken internalToken();

                RateLimit rateLimit();

                /* Map of named issuers */
                Map<String, ExternalIssuer> oidc();

                @WithParentName
                Flags flags();

                interface Upstreams {
                    @WithDefault("http://localhost:8081")
                    String plans();

                    Optional<String> tracking();
                }

                interface InternalToken {
                    @WithDefault(".golden-thread/gateway-keys")
                    java.nio.file.Path keyDirectory();

                    @WithDefault("P30D") java.time.Duration rotationInterval();
                }

                interface RateLimit {
                    @WithName("token-requests-per-second")
                    @WithDefault("2")
                    double tokenRequestsPerSecond();

                    default double perMinute() {
                        return 60 * tokenRequestsPerSecond();
                    }
                }

                interface ExternalIssuer {
                    String jwksUrl();

                    Map<String, String> roleMapping();
                }

                interface Flags {
                    @WithDefault("false")
                    boolean builtInIssuer();
                }
            }
            """;

    private static EnvironmentNames readable(String properties, String... sources) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(properties));
        return ServiceConfiguration.of("example", true, props, List.of(sources), true).readableEnvironment();
    }

    @Test
    void configMappingGroupsBecomeKebabCaseVariablesUnderThePrefix() throws IOException {
        EnvironmentNames env = readable("", GATEWAY_LIKE_MAPPING);
        for (String name : List.of("GOLDENTHREAD_GATEWAY_UPSTREAMS_PLANS", "GOLDENTHREAD_GATEWAY_UPSTREAMS_TRACKING",
                "GOLDENTHREAD_GATEWAY_INTERNAL_TOKEN_KEY_DIRECTORY", "GOLDENTHREAD_GATEWAY_INTERNAL_TOKEN_ROTATION_INTERVAL",
                "GOLDENTHREAD_GATEWAY_RATE_LIMIT_TOKEN_REQUESTS_PER_SECOND", "GOLDENTHREAD_GATEWAY_BUILT_IN_ISSUER")) {
            assertTrue(env.reads(name), name + " is read; derived: " + env);
        }
    }

    @Test
    void mapKeysStandForAnyNameButNothingElse() throws IOException {
        EnvironmentNames env = readable("", GATEWAY_LIKE_MAPPING);
        assertTrue(env.reads("GOLDENTHREAD_GATEWAY_OIDC_TRUST_IDP_JWKS_URL"), env.toString());
        assertTrue(env.reads("GOLDENTHREAD_GATEWAY_OIDC_AZURE_ROLE_MAPPING_TEACHERS"), env.toString());
        assertFalse(env.reads("GOLDENTHREAD_GATEWAY_OIDC_JWKS_URL"), "a map entry needs a key");
        assertFalse(env.reads("GOLDENTHREAD_GATEWAY_OIDC_TRUST_IDP_JWKS_URI"), "a misspelt setting is not read");
    }

    @Test
    void misspeltCommentedOutAndDefaultMethodSettingsAreNotRead() throws IOException {
        EnvironmentNames env = readable("", GATEWAY_LIKE_MAPPING);
        for (String name : List.of("GOLDENTHREAD_GATEWAY_UPSTREAM_PLANS", "GOLDENTHREAD_GATEWAY_COMMENTED_OUT",
                "GOLDENTHREAD_GATEWAY_RATE_LIMIT_PER_MINUTE", "GOLDENTHREAD_GATEWAY_RATE_LIMIT_TOKEN_REQUESTS_PER_SECOND_X",
                "GOLDENTHREAD_GATEWAY_FLAGS_BUILT_IN_ISSUER", "GOLDENTHREAD_GATEWAY_UPSTREAMS")) {
            assertFalse(env.reads(name), name + " is not a setting; derived: " + env);
        }
    }

    @Test
    void propertiesProfilesAndVariableReferencesAreRead() throws IOException {
        EnvironmentNames env = readable("""
                quarkus.http.port=8081
                %prod.mp.jwt.verify.publickey.location=${GOLDENTHREAD_JWKS_URL:http://localhost:8080/.well-known/jwks.json}
                quarkus.log.category."org.apache.kafka".level=WARN
                quarkus.datasource.jdbc.max-size=20
                """, """
                class Relay {
                    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
                    String bootstrapServers;
                }
                """);
        for (String name : List.of("QUARKUS_HTTP_PORT", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "GOLDENTHREAD_JWKS_URL",
                "QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "KAFKA_BOOTSTRAP_SERVERS")) {
            assertTrue(env.reads(name), name + " is read; derived: " + env);
        }
        assertFalse(env.reads("QUARKUS_DATASOURCE_JDBC_MAXSIZE"), "a misspelt property is not read");
        assertFalse(env.reads("PROD_MP_JWT_VERIFY_PUBLICKEY_LOCATION"), "the profile is not part of the name");
    }

    @Test
    void healthAndMetricsPathsFollowTheConfiguredRootsAndManagementPort() throws IOException {
        Properties defaults = new Properties();
        defaults.load(new StringReader("quarkus.http.port=8082\n"));
        ServiceConfiguration plain = ServiceConfiguration.of("example", true, defaults, List.of(), true);
        assertEquals(8082, plain.healthPort());
        assertEquals("/q/health/live", plain.livenessPath());
        assertEquals("/q/health/ready", plain.readinessPath());
        assertEquals("/q/health/started", plain.startupPath());
        assertEquals("/q/metrics", plain.metricsPath());

        Properties moved = new Properties();
        moved.load(new StringReader("""
                quarkus.http.port=8082
                quarkus.management.enabled=true
                quarkus.smallrye-health.liveness-path=alive
                """));
        ServiceConfiguration management = ServiceConfiguration.of("example", true, moved, List.of(), true);
        assertEquals(9000, management.healthPort(), "health moves to the management interface");
        assertEquals("/q/health/alive", management.livenessPath());

        Properties rooted = new Properties();
        rooted.load(new StringReader("quarkus.http.non-application-root-path=/internal\n"));
        assertEquals("/internal/health/ready", ServiceConfiguration.of("example", true, rooted, List.of(), true).readinessPath());
    }

    @Test
    void sizesAreReadAsQuarkusAndIngressNginxWriteThem() {
        assertEquals(60L * 1024 * 1024, ServiceConfiguration.bytes("60M"));
        assertEquals(60L * 1024 * 1024, ServiceConfiguration.bytes("60m"));
        assertEquals(10240L * 1024, ServiceConfiguration.bytes("10240K"));
        assertEquals(512, ServiceConfiguration.bytes("512"));
    }

    @Test
    void topicsAreTheEventsLiteralsInCodeNotInCommentsNorConfigPrefixes() throws IOException {
        Properties none = new Properties();
        ServiceConfiguration config = ServiceConfiguration.of("example", true, none, List.of("""
                @ConfigMapping(prefix = "goldenthread.events")
                interface EventsConfig {
                    String source();
                }
                class PlanEvents {
                    static final String TOPIC = "plans.events";
                    // formerly "old-plans.events"
                    List<String> SUBSCRIBED = List.of("tracking.events", "monitoring.events");
                    String FEED = "/api/v1/plans/events";
                }
                """), true);
        assertEquals(Set.of("plans.events", "tracking.events", "monitoring.events"), config.topics());
    }

    @Test
    void secretsScriptLoopsExpandToEveryServicesSecret() {
        Set<String> created = SecretsScript.secretsCreatedBy("""
                create() {
                  kubectl create secret generic "$1"
                }
                for service in gateway plans; do
                  create "golden-thread-$service-db" --type=kubernetes.io/basic-auth
                done
                create golden-thread-tracking --from-literal=pseudonym-secret=x
                """);
        assertEquals(Set.of("golden-thread-gateway-db", "golden-thread-plans-db", "golden-thread-tracking"), created);
    }
}
