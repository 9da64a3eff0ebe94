package org.goldenthread.bench.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A synchronous JSON caller of one base URL (the gateway, or a service directly), for setting scenarios up and for
 * the timed single requests of the latency scenarios. The load itself goes through {@link
 * org.goldenthread.bench.HttpTarget}.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public Api(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public String url(String path) {
        return base.resolve(path).toString();
    }

    /** A response: status, headers (lower-case names) and body text. */
    public record Reply(String method, String path, int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new ScenarioFailed(method + " " + path + " answered " + status + " with something that is not JSON: "
                        + abbreviate(body));
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** This reply, or a {@link ScenarioFailed} naming the call when the status is none of {@code expected}. */
        public Reply expect(int... expected) {
            for (int e : expected) {
                if (status == e) {
                    return this;
                }
            }
            throw new ScenarioFailed(method + " " + path + " answered " + status + " (expected "
                    + java.util.Arrays.toString(expected) + "): " + abbreviate(body));
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, "application/json", Map.of());
    }

    public Reply put(String path, String token, Object body, Map<String, String> headers) {
        return send("PUT", path, token, body, "application/json", headers);
    }

    /** A request; {@code body} is sent as it is when it is a String or byte[], else as JSON. */
    public Reply send(String method, String path, String token, Object body, String contentType,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                byte[] bytes = body instanceof byte[] b ? b
                        : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> h = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            return new Reply(method, path, response.statusCode(), h, response.body());
        } catch (IOException e) {
            throw new ScenarioFailed(method + " " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailed("interrupted during " + method + " " + path);
        }
    }

    /** An access token for an API client (client credentials, HTTP Basic). */
    public AccessToken clientToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token("grant_type=client_credentials", Map.of("Authorization", "Basic " + basic));
    }

    /** An access token for a user of the gateway's built-in issuer (password grant). */
    public AccessToken userToken(String username, String password) {
        return token("grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), Map.of());
    }

    /** A token and when it expires ({@link System#nanoTime()} based). */
    public record AccessToken(String value, long expiresAtNanos) {
    }

    private AccessToken token(String form, Map<String, String> headers) {
        long asked = System.nanoTime();
        Reply reply = send("POST", "/oauth/token", null, form, "application/x-www-form-urlencoded", headers).expect(200);
        JsonNode json = reply.json();
        long lifetime = json.path("expires_in").asLong(60);
        return new AccessToken(json.path("access_token").asText(), asked + Duration.ofSeconds(lifetime).toNanos());
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
