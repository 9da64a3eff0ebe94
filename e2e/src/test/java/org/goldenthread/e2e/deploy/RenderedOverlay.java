package org.goldenthread.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Kustomize overlay rendered by {@code kubectl kustomize} (offline: no cluster, no network), and
 * lookups over the resulting resources.
 */
record RenderedOverlay(String name, List<JsonNode> resources) {

    /** Whether {@code kubectl} can be run here. */
    static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code kubectl kustomize <overlay>}; fails with kubectl's own message when it cannot render. */
    static RenderedOverlay render(Path overlay) {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + overlay + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed (exit " + p.exitValue() + "):\n" + err.join());
            }
            return new RenderedOverlay(overlay.getFileName().toString(), Yaml.documents(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted rendering " + overlay, e);
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.at("/metadata/name").asText())).findFirst();
    }

    /** The Deployment named after a module. */
    Optional<JsonNode> deployment(String module) {
        return find("Deployment", module);
    }

    /** The container running the module in its Deployment (the one named after it, else the first). */
    static JsonNode container(JsonNode deployment, String module) {
        List<JsonNode> containers = Yaml.list(deployment.at("/spec/template/spec/containers"));
        return containers.stream().filter(c -> module.equals(c.path("name").asText())).findFirst()
                .orElse(containers.isEmpty() ? MissingNode.getInstance() : containers.get(0));
    }

    /**
     * The environment a container gets: its {@code env} entries (a literal value, or a description
     * of where the value comes from) and every key of the ConfigMaps it takes with {@code envFrom}.
     * A Secret or a missing ConfigMap in {@code envFrom} is reported as a problem, as its keys cannot
     * be checked from the repository.
     */
    Map<String, String> environment(JsonNode container, List<String> problems) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : Yaml.list(container.get("envFrom"))) {
            if (from.has("secretRef")) {
                problems.add("envFrom secretRef " + from.at("/secretRef/name").asText()
                        + ": its variables cannot be checked; use env with secretKeyRef");
                continue;
            }
            String configMap = from.at("/configMapRef/name").asText();
            Optional<JsonNode> data = find("ConfigMap", configMap);
            if (data.isEmpty()) {
                problems.add("envFrom configMapRef " + configMap + " is not rendered by the overlay");
                continue;
            }
            String prefix = from.path("prefix").asText("");
            Yaml.fields(data.get().get("data")).forEach(e -> env.put(prefix + e.getKey(), e.getValue().asText()));
        }
        for (JsonNode variable : Yaml.list(container.get("env"))) {
            String value = variable.has("value") ? variable.get("value").asText()
                    : variable.has("valueFrom") ? "<from " + variable.get("valueFrom").fieldNames().next() + ">" : "";
            env.put(variable.path("name").asText(), value);
        }
        return env;
    }

    /** The number behind a container port given by name or number. */
    static Optional<Integer> containerPort(JsonNode container, JsonNode port) {
        if (port == null || port.isMissingNode()) {
            return Optional.empty();
        }
        if (port.isInt() || port.asText().matches("\\d+")) {
            return Optional.of(port.asInt());
        }
        return Yaml.list(container.get("ports")).stream()
                .filter(p -> port.asText().equals(p.path("name").asText()))
                .map(p -> p.path("containerPort").asInt())
                .findFirst();
    }

    /** Whether a label selector selects the pods of a Deployment. */
    static boolean selects(JsonNode selector, JsonNode deployment) {
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        List<Map.Entry<String, JsonNode>> wanted = Yaml.fields(selector);
        return !wanted.isEmpty() && wanted.stream().allMatch(e -> e.getValue().asText().equals(labels.path(e.getKey()).asText()));
    }

    /** Every secretKeyRef name in the overlay's pod templates. */
    List<String> referencedSecrets() {
        List<String> names = new ArrayList<>();
        for (JsonNode deployment : ofKind("Deployment")) {
            for (JsonNode c : Yaml.list(deployment.at("/spec/template/spec/containers"))) {
                for (JsonNode v : Yaml.list(c.get("env"))) {
                    String secret = Yaml.text(v, "/valueFrom/secretKeyRef/name");
                    if (secret != null) {
                        names.add(secret);
                    }
                }
            }
        }
        return names;
    }
}
