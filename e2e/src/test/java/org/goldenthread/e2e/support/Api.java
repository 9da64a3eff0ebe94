package org.goldenthread.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.Map;

/** A caller of the public API: everything goes through the gateway, as a real client's requests do. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public Api(URI gateway) {
        this.gateway = gateway;
    }

    public URI gateway() {
        return gateway;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** A response with its status, headers and parsed JSON body (or the text when it is not JSON). */
    public record Reply(int status, Map<String, String> headers, String body) {
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, "application/json", Map.of());
    }

    public Reply post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, "application/json", headers);
    }

    public Reply put(String path, String token, Object body, Map<String, String> headers) {
        return send("PUT", path, token, body, "application/json", headers);
    }

    public Reply send(String method, String path, String token, Object body, String contentType,
                      Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                byte[] bytes = body instanceof byte[] b ? b : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(body);
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> h = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), String.join(",", v)));
            return new Reply(response.statusCode(), h, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String clientToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token("grant_type=client_credentials", Map.of("Authorization", "Basic " + basic));
    }

    public String userToken(String username, String password) {
        return token("grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), Map.of());
    }

    private String token(String form, Map<String, String> headers) {
        Reply reply = send("POST", "/oauth/token", null, form, "application/x-www-form-urlencoded", headers);
        if (reply.status() != 200) {
            throw new IllegalStateException("token request answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().path("access_token").asText();
    }
}
