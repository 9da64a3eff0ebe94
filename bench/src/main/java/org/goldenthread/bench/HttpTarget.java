package org.goldenthread.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * An HTTP {@link LoadOperation} on the JDK {@link HttpClient}: one method, one or more URLs (used round robin), fixed
 * headers and an optional fixed body. Requests are built once, up front, so a bad header fails before the run.
 * The response body is read and discarded; the operation completes with the status code.
 *
 * <p>A header whose value changes during a run (a bearer token renewed before it expires) is given as a
 * {@link Supplier} with {@link Builder#header(String, Supplier)}; its value is read for every request, so the
 * supplier must return at once (a cached value), never fetch anything itself.
 *
 * <pre>{@code
 * HttpTarget target = HttpTarget.builder()
 *         .url("http://localhost:8081/api/plans/" + planId + "/summary")
 *         .header("Authorization: Bearer " + token)
 *         .build();
 * LoadResult r = ConstantRateLoad.run(LoadSettings.of(2000, Duration.ofSeconds(30)).withWarmup(Duration.ofSeconds(5)), target);
 * }</pre>
 */
public final class HttpTarget implements LoadOperation {

    private final List<HttpRequest> requests;
    private final HttpClient[] clients;
    private final String description;
    private final Map<String, Supplier<String>> dynamicHeaders;
    private final VertxEngine lean;

    private HttpTarget(List<HttpRequest> requests, HttpClient[] clients, String description,
            Map<String, Supplier<String>> dynamicHeaders, VertxEngine lean) {
        this.requests = requests;
        this.clients = clients;
        this.description = description;
        this.dynamicHeaders = dynamicHeaders;
        this.lean = lean;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletionStage<Integer> start(long sequence) {
        if (lean != null) {
            return lean.start(sequence);
        }
        HttpRequest request = withDynamicHeaders(requests.get((int) Math.floorMod(sequence, (long) requests.size())));
        HttpClient client = clients[(int) Math.floorMod(sequence, (long) clients.length)];
        CompletableFuture<HttpResponse<Void>> f = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        return f.thenApply(HttpResponse::statusCode);
    }

    /** Sends the first request once, synchronously, and returns its status (a pre-flight check). */
    public int probe() throws IOException, InterruptedException {
        if (lean != null) {
            try {
                return lean.start(0).toCompletableFuture().get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }
        return clients[0].send(withDynamicHeaders(requests.get(0)), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest withDynamicHeaders(HttpRequest prepared) {
        if (dynamicHeaders.isEmpty()) {
            return prepared;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(prepared, (name, value) -> true);
        dynamicHeaders.forEach((name, value) -> b.setHeader(name, value.get()));
        return b.build();
    }

    @Override
    public String describe() {
        return description;
    }

    /** The prepared requests, in round-robin order. */
    public List<HttpRequest> requests() {
        return requests;
    }

    /** Builder; {@link #url(String)} is required. */
    public static final class Builder {
        private final List<URI> urls = new ArrayList<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, Supplier<String>> dynamicHeaders = new LinkedHashMap<>();
        private String method = "GET";
        private byte[] body;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private HttpClient.Version version = HttpClient.Version.HTTP_1_1;
        private int clients = 1;
        private int leanConnections;

        private Builder() {
        }

        /** Adds a URL; several are used round robin. */
        public Builder url(String url) {
            return url(URI.create(url));
        }

        public Builder url(URI url) {
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            urls.add(url);
            return this;
        }

        public Builder urls(List<String> list) {
            list.forEach(this::url);
            return this;
        }

        /** HTTP method; default {@code GET}. */
        public Builder method(String m) {
            this.method = m.toUpperCase(Locale.ROOT);
            return this;
        }

        /** Adds a header. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name.trim(), k -> new ArrayList<>()).add(value.trim());
            return this;
        }

        /** Adds a header written as {@code Name: value}. */
        public Builder header(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("header must look like 'Name: value', got '" + line + "'");
            }
            return header(line.substring(0, colon), line.substring(colon + 1));
        }

        /**
         * A header whose value is read from {@code value} for every request (e.g. a bearer token that a background
         * task renews). The supplier must not block: it is called on the scheduler thread.
         */
        public Builder header(String name, Supplier<String> value) {
            dynamicHeaders.put(name.trim(), value);
            return this;
        }

        public Builder headers(List<String> lines) {
            lines.forEach(this::header);
            return this;
        }

        /** Request body (sent with every request). */
        public Builder body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        public Builder body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder bodyFile(Path file) {
            try {
                return body(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read body file " + file, e);
            }
        }

        /** Per-request timeout (the request then fails as {@code timeout}); default 10 s. */
        public Builder requestTimeout(Duration d) {
            this.requestTimeout = d;
            return this;
        }

        /** Connect timeout; default 5 s. */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        /** HTTP version; default HTTP/1.1 (no h2c upgrade attempts). */
        public Builder version(HttpClient.Version v) {
            this.version = v;
            return this;
        }

        /**
         * Number of independent {@link HttpClient}s used round robin (each has its own selector thread and connection
         * pool); raise it if {@link LoadResult#maxSendLag()} shows the generator itself falling behind. Default 1.
         */
        public Builder clients(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("clients must be >= 1");
            }
            this.clients = n;
            return this;
        }

        /**
         * Sends with Vert.x on one event loop over at most {@code connections} keep-alive HTTP/1.1 connections
         * instead of the JDK HttpClient, which costs about as much CPU per request as a light service does; use it
         * when the generator shares the machine with what it measures.
         */
        public Builder lean(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("connections must be >= 1");
            }
            this.leanConnections = connections;
            return this;
        }

        public HttpTarget build() {
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("at least one URL is required");
            }
            boolean hasContentType = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type"));
            List<HttpRequest> built = new ArrayList<>();
            for (URI uri : urls) {
                HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(requestTimeout);
                rb.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
                if (body != null && !hasContentType) {
                    rb.header("Content-Type", "application/json");
                }
                headers.forEach((name, values) -> values.forEach(v -> {
                    try {
                        rb.header(name, v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("header '" + name + "' cannot be set: " + e.getMessage(), e);
                    }
                }));
                built.add(rb.build());
            }
            HttpClient[] cs = new HttpClient[clients];
            for (int i = 0; i < clients; i++) {
                cs[i] = HttpClient.newBuilder()
                        .version(version)
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
            }
            String desc = method + " " + urls.get(0) + (urls.size() > 1 ? " (+" + (urls.size() - 1) + " more)" : "");
            VertxEngine engine = null;
            if (leanConnections > 0) {
                if (version != HttpClient.Version.HTTP_1_1) {
                    throw new IllegalArgumentException("the lean sender speaks HTTP/1.1 only");
                }
                engine = new VertxEngine(urls, method, headers, dynamicHeaders, body, requestTimeout, connectTimeout,
                        leanConnections);
                desc += " (lean sender, " + leanConnections + " connections)";
            }
            return new HttpTarget(List.copyOf(built), cs, desc, Map.copyOf(dynamicHeaders), engine);
        }
    }
}
