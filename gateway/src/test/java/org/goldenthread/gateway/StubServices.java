package org.goldenthread.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the services behind the gateway, real HTTP servers on loopback: each answers with
 * what it received (method, path, query, headers, body size and SHA-256), so a test sees exactly
 * what the gateway forwarded. Paths ending in {@code /slow} never answer, {@code /drop} closes the
 * connection, {@code /stall} sends 10 bytes of 1,000 and stops, {@code /created} answers 201 with an absolute Location to the service itself,
 * {@code /stream?bytes=N} streams N bytes, {@code /status/NNN} answers that status.
 */
final class StubServices {
    private StubServices() {
    }

    static HttpServer start(Vertx vertx, String service, int port, String openApiDocument) {
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        vertx.createHttpServer()
                .requestHandler(request -> handle(vertx, service, port, openApiDocument, request))
                .listen(port, "127.0.0.1")
                .onComplete(ar -> {
                    if (ar.succeeded()) {
                        started.complete(ar.result());
                    } else {
                        started.completeExceptionally(ar.cause());
                    }
                });
        try {
            return started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub " + service + " did not start on port " + port, e);
        }
    }

    private static void handle(Vertx vertx, String service, int port, String openApiDocument, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            if (openApiDocument == null) {
                request.response().setStatusCode(500).end("no document");
            } else {
                request.response().putHeader("Content-Type", "application/json").end(openApiDocument);
            }
            return;
        }
        if (path.endsWith("/slow")) {
            return; // never answers
        }
        if (path.endsWith("/stall")) {
            // the head and a little of the body, then nothing more
            request.response().putHeader("Content-Type", "application/octet-stream").putHeader("Content-Length", "1000")
                    .write(Buffer.buffer(new byte[10]));
            return;
        }
        if (path.endsWith("/drop")) {
            request.connection().close();
            return;
        }
        if (path.endsWith("/stream")) {
            long bytes = Long.parseLong(request.getParam("bytes", "1048576"));
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            writeChunks(vertx, request, bytes);
            return;
        }
        MessageDigest sha = sha256();
        long[] size = {0};
        request.handler(chunk -> {
            size[0] += chunk.length();
            sha.update(chunk.getBytes());
        });
        request.endHandler(v -> {
            Map<String, String> headers = new TreeMap<>();
            request.headers().forEach(h -> headers.merge(h.getKey().toLowerCase(), h.getValue(), (a, b) -> a + ", " + b));
            JsonObject echo = new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("path", path)
                    .put("query", request.query())
                    .put("headers", new JsonObject(Map.copyOf(headers)))
                    .put("bodyBytes", size[0])
                    .put("bodySha256", HexFormat.of().formatHex(sha.digest()))
                    .put("connectionPort", request.remoteAddress().port());
            int status = 200;
            if (path.contains("/status/")) {
                status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            }
            var response = request.response().setStatusCode(status)
                    .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                    .putHeader("ETag", "\"7\"")
                    .putHeader("Access-Control-Allow-Origin", "*");
            if (path.endsWith("/created")) {
                response.setStatusCode(201).putHeader("Location", "http://127.0.0.1:" + port + "/api/v1/plans/0193a2f0-0000-7000-8000-000000000001");
            }
            response.end(echo.encode());
        });
    }

    private static void writeChunks(Vertx vertx, HttpServerRequest request, long remaining) {
        if (remaining <= 0) {
            request.response().end();
            return;
        }
        int size = (int) Math.min(64 * 1024, remaining);
        request.response().write(Buffer.buffer(new byte[size])).onComplete(ar -> {
            if (ar.succeeded()) {
                vertx.runOnContext(v -> writeChunks(vertx, request, remaining - size));
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
