package org.goldenthread.e2e.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * An {@link Api} for suites that send thousands of requests as a handful of callers: a 429 from
 * the gateway's rate limit (which never reached a service) is sent again once the bucket has
 * refilled, so the answer seen is the service's.
 */
public final class PatientApi {
    private final Api api;

    public PatientApi(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    public Api.Reply send(String method, String path, String token, Object body, String contentType, Map<String, String> headers) {
        return await("rate limit of " + method + " " + path).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api.send(method, path, token, body, body == null ? null : contentType, headers),
                        reply -> reply.status() != 429);
    }

    public Api.Reply get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public Api.Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, "application/json", Map.of());
    }

    public Api.Reply post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, "application/json", headers);
    }

    public Api.Reply put(String path, String token, Object body, Map<String, String> headers) {
        return send("PUT", path, token, body, "application/json", headers);
    }

    /** A multipart/form-data body: text fields, then one file part. */
    public record Multipart(String boundary, byte[] bytes) {
        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public static Multipart of(Map<String, String> fields, String fileName, String fileType, byte[] file) {
            String boundary = "----isolation-" + Long.toHexString(System.nanoTime());
            StringBuilder head = new StringBuilder();
            fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                    .append("Content-Type: ").append(fileType).append("\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + file.length + end.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(file, 0, all, start.length, file.length);
            System.arraycopy(end, 0, all, start.length + file.length, end.length);
            return new Multipart(boundary, all);
        }
    }
}
