package org.goldenthread.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What seed steps share: the trust and its schools, the gateway, the personas' tokens and
 * small HTTP helpers.
 *
 * <p>Personas are registered by the organisation step and used by the others:
 * {@code trust-leader}; per school {@code school-leader:<urn>}, {@code subject-leader:<urn>},
 * {@code teacher:<urn>}, {@code governor:<urn>}; the API clients {@code mis} (MIS_INTEGRATION for
 * every school) and {@code analytics} (ANALYTICS for the trust).</p>
 */
public final class DemoContext {
    private final URI gateway;
    private final DemoTrust trust;
    private final Path dfeDirectory;
    private final String adminClientId;
    private final String adminClientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, Supplier<String>> personas = new ConcurrentHashMap<>();
    private final Map<String, Object> shared = new ConcurrentHashMap<>();
    private final Map<String, String> credentials = new LinkedHashMap<>();

    public DemoContext(URI gateway, DemoTrust trust, Path dfeDirectory, String adminClientId, String adminClientSecret) {
        this.gateway = gateway;
        this.trust = trust;
        this.dfeDirectory = dfeDirectory;
        this.adminClientId = adminClientId;
        this.adminClientSecret = adminClientSecret;
    }

    public URI gateway() {
        return gateway;
    }

    public DemoTrust trust() {
        return trust;
    }

    public Path dfeDirectory() {
        return dfeDirectory;
    }

    /** The bootstrap platform-admin API client the launcher configured on the gateway. */
    public String adminClientId() {
        return adminClientId;
    }

    public String adminClientSecret() {
        return adminClientSecret;
    }

    public ObjectMapper json() {
        return json;
    }

    public HttpClient http() {
        return http;
    }

    /** Registers how to get a token for a persona (see the class comment for the names). */
    public void persona(String name, Supplier<String> token) {
        personas.put(name, token);
    }

    /** A bearer token for the persona. */
    public String token(String persona) {
        Supplier<String> supplier = personas.get(persona);
        if (supplier == null) {
            throw new IllegalStateException("no demo persona '" + persona + "'; the organisation seed registers them");
        }
        return supplier.get();
    }

    /** Ids and values one step leaves for later steps, e.g. milestone ids for monitoring findings. */
    public Map<String, Object> shared() {
        return shared;
    }

    /** A line for the credentials ./run prints, e.g. ("Trust leader", "ceo@glf.demo / demo"). */
    public void credential(String who, String how) {
        synchronized (credentials) {
            credentials.put(who, how);
        }
    }

    public Map<String, String> credentials() {
        synchronized (credentials) {
            return new LinkedHashMap<>(credentials);
        }
    }

    public JsonNode get(String path, String token) {
        return call("GET", path, token, null, Map.of());
    }

    public JsonNode post(String path, String token, Object body) {
        return call("POST", path, token, body, Map.of());
    }

    public JsonNode post(String path, String token, Object body, Map<String, String> headers) {
        return call("POST", path, token, body, headers);
    }

    public JsonNode put(String path, String token, Object body, Map<String, String> headers) {
        return call("PUT", path, token, body, headers);
    }

    /** Any request; the body is sent as JSON unless it is already a String (sent as given). */
    public JsonNode call(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpResponse<String> response = send(method, path, token, body, headers);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " did not answer JSON", e);
        }
    }

    /**
     * Sends the request; a 429 (the gateway's rate limit) or a 503 (a service still starting) is
     * retried after the Retry-After the gateway gives, a few times.
     */
    public HttpResponse<String> send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpResponse<String> response = sendOnce(method, path, token, body, headers);
        for (int attempt = 1; attempt <= 10 && (response.statusCode() == 429 || response.statusCode() == 503); attempt++) {
            long waitMillis = response.headers().firstValue("Retry-After").map(DemoContext::seconds).orElse(1L) * 1000;
            try {
                Thread.sleep(Math.min(waitMillis, 10_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            response = sendOnce(method, path, token, body, headers);
        }
        return response;
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private HttpResponse<String> sendOnce(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofMinutes(2));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            boolean contentTypeGiven = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type"));
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : json.writeValueAsString(body);
                if (!contentTypeGiven) {
                    request.header("Content-Type", "application/json");
                }
                request.method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lists every item of a paged collection by following its next links. */
    public List<JsonNode> all(String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(next, token);
            page.path("items").forEach(items::add);
            next = Optional.ofNullable(page.get("next")).filter(n -> !n.isNull()).map(JsonNode::asText)
                    .map(n -> n.startsWith("http") ? URI.create(n).getRawPath() + (URI.create(n).getRawQuery() == null
                            ? "" : "?" + URI.create(n).getRawQuery()) : n)
                    .orElse(null);
            if (next != null && page.path("items").isEmpty()) {
                break;
            }
        }
        return items;
    }
}
