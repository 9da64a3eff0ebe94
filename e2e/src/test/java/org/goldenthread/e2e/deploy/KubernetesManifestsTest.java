package org.goldenthread.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kustomize overlays render offline and describe the services as their own configuration says:
 * a Deployment, Service, autoscaler and disruption budget per service module, probes on its health
 * paths and port, only variables it reads, its own database and role on the CloudNativePG cluster,
 * the Strimzi topics the services use, and Secrets referenced but never committed.
 */
class KubernetesManifestsTest {
    private static final Path OVERLAYS = Services.ROOT.resolve("k8s/overlays");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    @BeforeAll
    static void kubectlIsInstalled() {
        Assumptions.assumeTrue(RenderedOverlay.kubectlAvailable(),
                "kubectl is not on the PATH: the Kubernetes manifests were not rendered or checked (install kubectl to run these tests)");
    }

    static Stream<String> overlays() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + OVERLAYS, e);
        }
    }

    static Stream<Arguments> overlaysAndModules() {
        return overlays().flatMap(o -> Services.modules().map(m -> Arguments.of(o, m)));
    }

    private static RenderedOverlay overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> RenderedOverlay.render(OVERLAYS.resolve(n)));
    }

    private static JsonNode deployment(RenderedOverlay k8s, String module) {
        return k8s.deployment(module).orElseThrow(() -> new AssertionError(k8s.name() + ": no Deployment " + module));
    }

    private static Map<String, String> environment(RenderedOverlay k8s, String module) {
        List<String> problems = new ArrayList<>();
        Map<String, String> env = k8s.environment(RenderedOverlay.container(deployment(k8s, module), module), problems);
        assertTrue(problems.isEmpty(), k8s.name() + " " + module + ": " + problems);
        return env;
    }

    /** The port the service listens on in this overlay: QUARKUS_HTTP_PORT as set, else its configured default. */
    private static int port(RenderedOverlay k8s, String module) {
        return Integer.parseInt(environment(k8s, module).getOrDefault("QUARKUS_HTTP_PORT",
                Integer.toString(Services.config(module).httpPort())));
    }

    private static JsonNode serviceSelecting(RenderedOverlay k8s, String module) {
        JsonNode deployment = deployment(k8s, module);
        return k8s.ofKind("Service").stream()
                .filter(s -> RenderedOverlay.selects(s.at("/spec/selector"), deployment))
                .findFirst().orElseThrow(() -> new AssertionError(k8s.name() + ": no Service selects " + module + "'s pods"));
    }

    @Test
    void devAndProdOverlaysRenderWithoutSecrets() {
        assertTrue(overlays().toList().containsAll(List.of("dev", "prod")), "k8s/overlays has dev and prod: " + overlays().toList());
        for (String name : overlays().toList()) {
            RenderedOverlay k8s = overlay(name);
            assertFalse(k8s.resources().isEmpty(), name + " renders resources");
            assertTrue(k8s.ofKind("Secret").isEmpty(), name + " renders a Secret: secrets are never in the repository");
            Set<String> namespaces = new TreeSet<>();
            k8s.resources().stream().filter(r -> !"Namespace".equals(r.path("kind").asText()))
                    .forEach(r -> namespaces.add(r.at("/metadata/namespace").asText("<none>")));
            assertEquals(1, namespaces.size(), name + " puts everything in one namespace: " + namespaces);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void everyServiceModuleHasADeploymentAServiceAndItsImage(String overlayName, String module) {
        RenderedOverlay k8s = overlay(overlayName);
        JsonNode container = RenderedOverlay.container(deployment(k8s, module), module);
        String image = container.path("image").asText();
        assertTrue(image.matches("(?:.+/)?golden-thread/" + Pattern.quote(module) + ":[\\w.-]+"),
                overlayName + ": " + module + " runs its own image golden-thread/" + module + ":<tag>, not " + image);
        JsonNode service = serviceSelecting(k8s, module);
        assertEquals(module, service.at("/metadata/name").asText(), overlayName + ": the Service of " + module + " is named after it");
        JsonNode servicePort = service.at("/spec/ports/0");
        assertEquals(Optional.of(port(k8s, module)), RenderedOverlay.containerPort(container, servicePort.get("targetPort")),
                overlayName + ": Service " + module + " targets the container's port");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void probesAndPortsMatchTheServicesConfiguration(String overlayName, String module) {
        RenderedOverlay k8s = overlay(overlayName);
        ServiceConfiguration config = Services.config(module);
        assertTrue(config.hasHealthExtension(), module + " has quarkus-smallrye-health (directly or through platform)");
        JsonNode deployment = deployment(k8s, module);
        JsonNode container = RenderedOverlay.container(deployment, module);
        Map<String, String> env = environment(k8s, module);
        assertEquals(Integer.toString(config.httpPort()), env.get("QUARKUS_HTTP_PORT"),
                overlayName + ": " + module + " sets QUARKUS_HTTP_PORT to its configured port");
        Set<Integer> containerPorts = new HashSet<>();
        Yaml.list(container.get("ports")).forEach(p -> containerPorts.add(p.path("containerPort").asInt()));
        assertTrue(containerPorts.contains(port(k8s, module)), overlayName + ": " + module + " declares containerPort " + port(k8s, module));

        int healthPort = config.healthPort() == config.httpPort() ? port(k8s, module) : config.healthPort();
        Map<String, String> expected = Map.of(
                "livenessProbe", config.livenessPath(),
                "readinessProbe", config.readinessPath(),
                "startupProbe", config.startupPath());
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            JsonNode get = container.at("/" + probe + "/httpGet");
            if (probe.equals("startupProbe") && get.isMissingNode()) {
                continue;
            }
            assertFalse(get.isMissingNode(), overlayName + ": " + module + " has an HTTP " + probe);
            assertEquals(expected.get(probe), get.path("path").asText(), overlayName + ": " + module + "'s " + probe + " path");
            assertEquals(Optional.of(healthPort), RenderedOverlay.containerPort(container, get.get("port")),
                    overlayName + ": " + module + "'s " + probe + " port");
        }
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        if (annotations.has("prometheus.io/path")) {
            assertEquals(config.metricsPath(), annotations.path("prometheus.io/path").asText(), module + "'s metrics path");
            assertEquals(Integer.toString(healthPort), annotations.path("prometheus.io/port").asText(), module + "'s metrics port");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void everyVariableTheManifestsSetIsOneTheServiceReads(String overlayName, String module) {
        Map<String, String> env = environment(overlay(overlayName), module);
        EnvironmentNames readable = Services.readable(module);
        List<String> unread = env.keySet().stream().filter(name -> !readable.reads(name)).toList();
        assertTrue(unread.isEmpty(), overlayName + ": " + module + " is given " + unread
                + ", which it does not read; it reads " + readable);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void everyDeploymentHasResourcesAnAutoscalerAndADisruptionBudget(String overlayName, String module) {
        RenderedOverlay k8s = overlay(overlayName);
        JsonNode deployment = deployment(k8s, module);
        JsonNode container = RenderedOverlay.container(deployment, module);
        for (String field : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
            assertFalse(container.at(field).isMissingNode(), overlayName + ": " + module + " sets " + field);
        }
        assertTrue(container.at("/securityContext/allowPrivilegeEscalation").isBoolean()
                        && !container.at("/securityContext/allowPrivilegeEscalation").asBoolean(),
                overlayName + ": " + module + " cannot escalate privileges");
        assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(),
                overlayName + ": " + module + " runs as non-root");

        JsonNode hpa = k8s.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> module.equals(h.at("/spec/scaleTargetRef/name").asText())
                        && "Deployment".equals(h.at("/spec/scaleTargetRef/kind").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlayName + ": no HorizontalPodAutoscaler for " + module));
        int min = hpa.at("/spec/minReplicas").asInt(1);
        assertTrue(min >= 1 && hpa.at("/spec/maxReplicas").asInt() >= min, overlayName + ": " + module + "'s replica range");
        assertTrue(k8s.ofKind("PodDisruptionBudget").stream().anyMatch(p -> RenderedOverlay.selects(p.at("/spec/selector/matchLabels"), deployment)),
                overlayName + ": no PodDisruptionBudget covers " + module);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theKafkaTopicsAreThoseTheServicesUseWithTheirDeadLetterTopics(String overlayName) {
        RenderedOverlay k8s = overlay(overlayName);
        List<JsonNode> clusters = k8s.ofKind("Kafka");
        assertEquals(1, clusters.size(), overlayName + " has one Strimzi Kafka cluster");
        String cluster = clusters.get(0).at("/metadata/name").asText();
        assertFalse(k8s.ofKind("KafkaNodePool").isEmpty(), overlayName + ": Kafka runs on node pools (KRaft)");
        Set<String> roles = new TreeSet<>();
        k8s.ofKind("KafkaNodePool").forEach(pool -> {
            assertEquals(cluster, pool.at("/metadata/labels/strimzi.io~1cluster").asText(), "node pool belongs to " + cluster);
            Yaml.list(pool.at("/spec/roles")).forEach(r -> roles.add(r.asText()));
        });
        assertEquals(Set.of("broker", "controller"), roles, overlayName + ": KRaft controllers and brokers");

        Set<String> topics = new TreeSet<>();
        for (JsonNode topic : k8s.ofKind("KafkaTopic")) {
            assertEquals(cluster, topic.at("/metadata/labels/strimzi.io~1cluster").asText(),
                    topic.at("/metadata/name").asText() + " is managed for cluster " + cluster);
            topics.add(topic.at("/spec/topicName").asText(topic.at("/metadata/name").asText()));
            assertTrue(topic.at("/spec/partitions").asInt() >= 1 && topic.at("/spec/replicas").asInt() >= 1
                            && topic.at("/spec/config/retention.ms").canConvertToLong(),
                    "topic " + topic.at("/metadata/name").asText() + " states partitions, replicas and retention");
        }
        assertEquals(Services.topicsWithDeadLetters(), topics, overlayName + ": KafkaTopics against the topics named in the services' sources");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceUsesItsOwnDatabaseAndRoleOnTheCloudNativePgCluster(String overlayName) {
        RenderedOverlay k8s = overlay(overlayName);
        List<JsonNode> clusters = k8s.ofKind("Cluster").stream()
                .filter(c -> c.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")).toList();
        assertEquals(1, clusters.size(), overlayName + " has one CloudNativePG Cluster");
        JsonNode cluster = clusters.get(0);
        String clusterName = cluster.at("/metadata/name").asText();
        Set<String> used = new HashSet<>();
        for (String module : Services.MODULES) {
            JsonNode container = RenderedOverlay.container(deployment(k8s, module), module);
            Matcher jdbc = JDBC.matcher(environment(k8s, module).getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            assertTrue(jdbc.matches(), overlayName + ": " + module + " has a PostgreSQL JDBC URL");
            assertEquals(clusterName + "-rw", jdbc.group(1), overlayName + ": " + module + " connects to the primary of " + clusterName);
            String database = jdbc.group(3);
            assertTrue(used.add(database), overlayName + ": database " + database + " is shared by two services");
            JsonNode db = k8s.ofKind("Database").stream()
                    .filter(d -> database.equals(d.at("/spec/name").asText()) && clusterName.equals(d.at("/spec/cluster/name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(overlayName + ": no CloudNativePG Database " + database + " for " + module));
            String owner = db.at("/spec/owner").asText();
            JsonNode role = Yaml.list(cluster.at("/spec/managed/roles")).stream()
                    .filter(r -> owner.equals(r.path("name").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError(overlayName + ": role " + owner + " is not managed by " + clusterName));
            assertTrue(role.path("login").asBoolean(), "role " + owner + " can log in");
            String roleSecret = role.at("/passwordSecret/name").asText();
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                String secret = Yaml.list(container.get("env")).stream().filter(v -> variable.equals(v.path("name").asText()))
                        .map(v -> v.at("/valueFrom/secretKeyRef/name").asText()).findFirst().orElse(null);
                assertEquals(roleSecret, secret, overlayName + ": " + module + "'s " + variable + " comes from role " + owner + "'s Secret");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServicesFindKafkaAndTheGatewayAtTheirClusterAddresses(String overlayName) {
        RenderedOverlay k8s = overlay(overlayName);
        JsonNode kafka = k8s.ofKind("Kafka").get(0);
        Set<String> plainListeners = new TreeSet<>();
        Yaml.list(kafka.at("/spec/kafka/listeners")).stream()
                .filter(l -> "internal".equals(l.path("type").asText()) && !l.path("tls").asBoolean())
                .forEach(l -> plainListeners.add(kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + l.path("port").asInt()));
        JsonNode gatewayService = serviceSelecting(k8s, Services.GATEWAY);
        int gatewayPort = gatewayService.at("/spec/ports/0/port").asInt();
        Set<String> routed = new TreeSet<>();
        for (String module : Services.MODULES) {
            Map<String, String> env = environment(k8s, module);
            String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null) {
                assertTrue(plainListeners.contains(bootstrap), overlayName + ": " + module + "'s KAFKA_BOOTSTRAP_SERVERS " + bootstrap
                        + " is not a plain internal listener of the Strimzi cluster " + plainListeners);
            }
            String jwks = env.get("GOLDENTHREAD_JWKS_URL");
            if (!module.equals(Services.GATEWAY)) {
                assertNotNull(jwks, overlayName + ": " + module + " is told where the gateway's keys are");
                URI url = URI.create(jwks);
                assertEquals(gatewayService.at("/metadata/name").asText(), url.getHost(), module + "'s JWKS host is the gateway Service");
                assertEquals(gatewayPort, url.getPort(), module + "'s JWKS port is the gateway Service's");
                assertEquals("/.well-known/jwks.json", url.getPath(), module + "'s JWKS path");
            }
        }
        environment(k8s, Services.GATEWAY).forEach((name, value) -> {
            if (name.startsWith("GOLDENTHREAD_GATEWAY_UPSTREAMS_")) {
                URI url = URI.create(value);
                JsonNode service = k8s.find("Service", url.getHost())
                        .orElseThrow(() -> new AssertionError(overlayName + ": " + name + " points at " + url.getHost() + ", not a Service"));
                assertEquals(service.at("/spec/ports/0/port").asInt(), url.getPort(), name + " uses the Service's port");
                Services.MODULES.stream().filter(m -> k8s.deployment(m).map(d -> RenderedOverlay.selects(service.at("/spec/selector"), d)).orElse(false))
                        .forEach(routed::add);
            }
        });
        Set<String> services = new TreeSet<>(Services.MODULES);
        services.remove(Services.GATEWAY);
        assertEquals(services, routed, overlayName + ": the gateway routes to every service");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressLeadsToTheGatewayAtTheAddressItIssuesTokensFor(String overlayName) {
        RenderedOverlay k8s = overlay(overlayName);
        List<JsonNode> ingresses = k8s.ofKind("Ingress");
        assertEquals(1, ingresses.size(), overlayName + " has one Ingress");
        JsonNode rule = ingresses.get(0).at("/spec/rules/0");
        JsonNode backend = rule.at("/http/paths/0/backend/service");
        JsonNode gatewayService = serviceSelecting(k8s, Services.GATEWAY);
        assertEquals(gatewayService.at("/metadata/name").asText(), backend.path("name").asText(), "the Ingress leads to the gateway");
        JsonNode port = backend.path("port");
        assertTrue(Yaml.list(gatewayService.at("/spec/ports")).stream().anyMatch(p ->
                        port.has("name") ? port.path("name").asText().equals(p.path("name").asText()) : port.path("number").asInt() == p.path("port").asInt()),
                "the Ingress uses a port of the gateway Service");
        String issuer = environment(k8s, Services.GATEWAY).get("GOLDENTHREAD_GATEWAY_ACCESS_TOKEN_ISSUER");
        assertNotNull(issuer, overlayName + ": the gateway is told its public address");
        URI url = URI.create(issuer);
        assertEquals(rule.path("host").asText(), url.getHost(), overlayName + ": the gateway's issuer is the Ingress host");
        boolean tls = Yaml.list(ingresses.get(0).at("/spec/tls")).stream()
                .anyMatch(t -> Yaml.list(t.get("hosts")).stream().anyMatch(h -> h.asText().equals(url.getHost())));
        assertEquals(tls ? "https" : "http", url.getScheme(), overlayName + ": the issuer's scheme matches the Ingress's TLS");

        String bodyLimit = ingresses.get(0).at("/metadata/annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText(null);
        assertNotNull(bodyLimit, overlayName + ": the Ingress states its body limit (ingress-nginx refuses more than 1 MB by default)");
        long gatewayLimit = Services.config(Services.GATEWAY).maxBodyBytes();
        assertTrue(ServiceConfiguration.bytes(bodyLimit) >= gatewayLimit, overlayName + ": the Ingress body limit " + bodyLimit
                + " is below the gateway's own (" + gatewayLimit + " bytes), so large imports would be refused at the edge");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretReferencedIsOneTheSecretsScriptCreates(String overlayName) {
        RenderedOverlay k8s = overlay(overlayName);
        Set<String> created = SecretsScript.secretsCreatedBy(ProjectFiles.read(Services.ROOT.resolve("deploy/k8s-secrets.sh")));
        List<String> secrets = new ArrayList<>(k8s.referencedSecrets());
        k8s.ofKind("Cluster").forEach(c -> Yaml.list(c.at("/spec/managed/roles"))
                .forEach(r -> secrets.add(r.at("/passwordSecret/name").asText())));
        assertFalse(secrets.isEmpty(), overlayName + " references Secrets");
        for (String secret : secrets) {
            assertTrue(created.contains(secret), overlayName + " references Secret " + secret
                    + ", which deploy/k8s-secrets.sh does not create (it creates " + created + ")");
        }
    }
}
