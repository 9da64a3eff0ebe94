package org.goldenthread.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml runs every service module on PostgreSQL and Kafka as the services themselves expect. */
class ComposeFileTest {
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static final Pattern INIT_DATABASE = Pattern.compile("(?m)^create_service_database\\s+(\\w+)\\s+\"\\$\\{(\\w+)");
    private static final Pattern CREATE_TOPIC = Pattern.compile("(?m)^create\\s+(\\S+)\\s+(\\d+)\\s");
    private static final Pattern INTERPOLATION = Pattern.compile("^\\$\\{(\\w+)(:?[-?])?[^}]*}$");

    private static final JsonNode COMPOSE = Yaml.document(ProjectFiles.read(Services.ROOT.resolve("docker-compose.yml")));

    static Stream<String> modules() {
        return Services.modules();
    }

    private static JsonNode service(String name) {
        JsonNode service = COMPOSE.at("/services/" + name);
        assertFalse(service.isMissingNode(), "docker-compose.yml has no service " + name);
        return service;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.get("environment");
        if (node != null && node.isArray()) {
            for (JsonNode entry : node) {
                String[] pair = entry.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        } else {
            Yaml.fields(node).forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    private static int port(String module, Map<String, String> env) {
        return Integer.parseInt(env.getOrDefault("QUARKUS_HTTP_PORT", Integer.toString(Services.config(module).httpPort())));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyServiceModuleIsBuiltFromItsOwnDockerfile(String module) {
        JsonNode service = service(module);
        String context = service.at("/build/context").asText(service.path("build").asText(null));
        assertNotNull(context, module + " is built (build.context), so the image is the module's jar");
        Path contextDir = Services.ROOT.resolve(context).normalize();
        assertEquals(Services.ROOT.resolve(module), contextDir, module + "'s build context");
        String dockerfile = service.at("/build/dockerfile").asText("Dockerfile");
        assertTrue(Files.isRegularFile(contextDir.resolve(dockerfile)), module + ": " + dockerfile + " exists in " + context);
        String image = service.path("image").asText();
        assertTrue(image.matches("(?:.+/)?golden-thread/" + Pattern.quote(module) + ":[\\w.-]+"),
                module + " is tagged golden-thread/" + module + ":<version>, not " + image);
        assertFalse(service.has("env_file"), module + ": variables are listed in the compose file, so they can be checked");
    }

    @Test
    void onlyTheGatewayIsPublishedOnTheHost() {
        List<String> published = new ArrayList<>();
        Yaml.fields(COMPOSE.get("services")).forEach(e -> {
            if (e.getValue().has("ports")) {
                published.add(e.getKey());
            }
            assertFalse("host".equals(e.getValue().path("network_mode").asText()), e.getKey() + " uses the host network");
        });
        assertEquals(List.of(Services.GATEWAY), published, "services with host ports");
        Map<String, String> env = environment(service(Services.GATEWAY));
        List<String> ports = Yaml.list(service(Services.GATEWAY).get("ports")).stream().map(JsonNode::asText).toList();
        assertEquals(1, ports.size(), "the gateway publishes one port: " + ports);
        String containerPort = ports.get(0).replaceAll("/.*", "").replaceAll(".*:", "");
        assertEquals(port(Services.GATEWAY, env), Integer.parseInt(containerPort), "the gateway's published container port");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyServiceWaitsForHealthyInfrastructureAndReportsItsReadiness(String module) {
        JsonNode service = service(module);
        Map<String, String> env = environment(service);
        for (String infrastructure : List.of("postgres", "kafka")) {
            assertTrue(service(infrastructure).has("healthcheck"), infrastructure + " has a health check");
        }
        Map<String, String> dependsOn = new LinkedHashMap<>();
        Yaml.fields(service.get("depends_on")).forEach(e -> dependsOn.put(e.getKey(), e.getValue().path("condition").asText()));
        assertEquals("service_healthy", dependsOn.get("postgres"), module + " starts once PostgreSQL is healthy");
        if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
            assertEquals("service_healthy", dependsOn.get("kafka"), module + " starts once Kafka is healthy");
        }
        dependsOn.forEach((name, condition) -> assertTrue(
                Set.of("service_healthy", "service_completed_successfully").contains(condition),
                module + " depends on " + name + " with condition " + condition));

        ServiceConfiguration config = Services.config(module);
        String test = String.join(" ", Yaml.list(service.at("/healthcheck/test")).stream().map(JsonNode::asText).toList());
        HttpCheck check = HttpCheck.in(test).orElseThrow(() -> new AssertionError(module + "'s healthcheck is not an HTTP check: " + test));
        assertEquals(config.readinessPath(), check.path(), module + "'s compose health check is its readiness (database and Kafka)");
        assertEquals(config.healthPort() == config.httpPort() ? port(module, env) : config.healthPort(), check.portIn(env),
                module + "'s health check port");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyVariableSetIsOneTheServiceReads(String module) {
        Map<String, String> env = environment(service(module));
        EnvironmentNames readable = Services.readable(module);
        List<String> unread = env.keySet().stream().filter(name -> !readable.reads(name)).toList();
        assertTrue(unread.isEmpty(), module + " is given " + unread + " in docker-compose.yml, which it does not read; it reads "
                + readable);
        assertEquals(Services.config(module).httpPort(), port(module, env),
                module + " listens on its configured port in compose too (QUARKUS_HTTP_PORT)");
    }

    @Test
    void eachServiceHasItsOwnDatabaseAndUserMadeByTheInitScript() {
        JsonNode postgres = service("postgres");
        String mounts = String.join("\n", Yaml.list(postgres.get("volumes")).stream().map(JsonNode::asText).toList());
        assertTrue(mounts.contains("./deploy/postgres/init-databases.sh:/docker-entrypoint-initdb.d/"),
                "postgres runs deploy/postgres/init-databases.sh on first start: " + mounts);
        Map<String, String> created = new LinkedHashMap<>();
        Matcher m = INIT_DATABASE.matcher(ProjectFiles.read(Services.ROOT.resolve("deploy/postgres/init-databases.sh")));
        while (m.find()) {
            created.put(m.group(1), m.group(2));
        }
        Map<String, String> postgresEnv = environment(postgres);
        Set<String> used = new HashSet<>();
        for (String module : Services.MODULES) {
            Map<String, String> env = environment(service(module));
            Matcher jdbc = JDBC.matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            assertTrue(jdbc.matches(), module + " has a PostgreSQL JDBC URL: " + env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("postgres", jdbc.group(1), module + " connects to the compose postgres service");
            String database = jdbc.group(3);
            assertTrue(created.containsKey(database), module + "'s database " + database + " is created by the init script " + created.keySet());
            assertTrue(used.add(database), "database " + database + " is shared by two services");
            assertEquals(database, env.get("QUARKUS_DATASOURCE_USERNAME"), module + " connects as its own role");
            String passwordVariable = created.get(database);
            assertEquals(interpolated(postgresEnv.get(passwordVariable)), interpolated(env.get("QUARKUS_DATASOURCE_PASSWORD")),
                    module + "'s password is the one the init script gives role " + database);
        }
    }

    @Test
    void theTopicsCreatedAreThoseTheServicesUseWithTheirDeadLetterTopics() {
        JsonNode kafka = service("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:"), "Kafka is the apache/kafka image");
        Map<String, String> kafkaEnv = environment(kafka);
        assertTrue(kafkaEnv.getOrDefault("KAFKA_PROCESS_ROLES", "").contains("controller"), "Kafka runs in KRaft mode");
        assertEquals("false", kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"), "only the declared topics exist");

        JsonNode init = service("kafka-init");
        String mounts = String.join("\n", Yaml.list(init.get("volumes")).stream().map(JsonNode::asText).toList());
        assertTrue(mounts.contains("./deploy/kafka/create-topics.sh:"), "kafka-init runs deploy/kafka/create-topics.sh");
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_TOPIC.matcher(ProjectFiles.read(Services.ROOT.resolve("deploy/kafka/create-topics.sh")));
        while (m.find()) {
            created.add(m.group(1));
        }
        assertEquals(Services.topicsWithDeadLetters(), created, "topics made for compose");

        String advertised = kafkaEnv.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
        for (String module : Services.MODULES) {
            String bootstrap = environment(service(module)).get("KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null) {
                assertTrue(advertised.contains("://" + bootstrap), module + "'s KAFKA_BOOTSTRAP_SERVERS " + bootstrap
                        + " is a listener the broker advertises: " + advertised);
                assertEquals("service_completed_successfully", service(module).at("/depends_on/kafka-init/condition").asText(),
                        module + " starts after the topics exist");
            }
        }
    }

    @Test
    void theGatewayAndTheServicesFindEachOtherByComposeName() {
        Map<String, String> gateway = environment(service(Services.GATEWAY));
        Set<String> routed = new TreeSet<>();
        gateway.forEach((name, value) -> {
            if (name.startsWith("GOLDENTHREAD_GATEWAY_UPSTREAMS_")) {
                URI url = URI.create(value);
                JsonNode target = service(url.getHost());
                assertEquals(port(url.getHost(), environment(target)), url.getPort(), name + " uses " + url.getHost() + "'s port");
                routed.add(url.getHost());
            }
        });
        Set<String> services = new TreeSet<>(Services.MODULES);
        services.remove(Services.GATEWAY);
        assertEquals(services, routed, "the gateway routes to every service");

        for (String module : services) {
            String jwks = environment(service(module)).get("GOLDENTHREAD_JWKS_URL");
            assertNotNull(jwks, module + " is told where the gateway's keys are");
            URI url = URI.create(jwks);
            assertEquals(Services.GATEWAY, url.getHost(), module + "'s JWKS comes from the gateway");
            assertEquals(port(Services.GATEWAY, gateway), url.getPort(), module + "'s JWKS URL uses the gateway's port");
            assertEquals("/.well-known/jwks.json", url.getPath(), module + "'s JWKS path");
        }
    }

    @Test
    void secretsComeFromTheEnvironmentAndAreRequired() {
        String generator = ProjectFiles.read(Services.ROOT.resolve("deploy/compose-env.sh"));
        Yaml.fields(COMPOSE.get("services")).forEach(service -> environment(service.getValue()).forEach((name, value) -> {
            if (name.matches(".*(PASSWORD|SECRET).*") && !name.endsWith("_ID")) {
                Matcher m = INTERPOLATION.matcher(value);
                assertTrue(m.matches() && ":?".equals(m.group(2)), service.getKey() + "'s " + name
                        + " must come from the environment and be required (${VAR:?message}), not " + value);
                assertTrue(generator.contains(m.group(1) + "="), "deploy/compose-env.sh writes " + m.group(1));
            }
        }));
    }

    /** The variable a {@code ${VAR...}} value interpolates, or the literal value. */
    private static String interpolated(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = INTERPOLATION.matcher(value);
        return m.matches() ? m.group(1) : value;
    }
}
