package org.goldenthread.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The lean way to send {@link HttpTarget}'s requests: Vert.x (Netty) on one event loop, HTTP/1.1 keep-alive.
 * The JDK HttpClient costs about 2 ms of CPU per request on these machines, as much as the service it measures; this
 * costs a small fraction of that, so on a 2-core machine the service, not the generator, is what runs out of CPU.
 */
final class VertxEngine {
    private static Vertx vertx;

    private final HttpClient client;
    private final List<URI> urls;
    private final HttpMethod method;
    private final MultiMap headers;
    private final Map<String, Supplier<String>> dynamicHeaders;
    private final Buffer body;
    private final long timeoutMillis;

    VertxEngine(List<URI> urls, String method, Map<String, List<String>> headers, Map<String, Supplier<String>> dynamicHeaders,
                byte[] body, Duration requestTimeout, Duration connectTimeout, int maxConnections) {
        this.urls = List.copyOf(urls);
        this.method = HttpMethod.valueOf(method);
        this.headers = MultiMap.caseInsensitiveMultiMap();
        headers.forEach((name, values) -> values.forEach(v -> this.headers.add(name, v)));
        if (body != null && !this.headers.contains("Content-Type")) {
            this.headers.add("Content-Type", "application/json");
        }
        this.dynamicHeaders = Map.copyOf(dynamicHeaders);
        this.body = body == null ? null : Buffer.buffer(body);
        this.timeoutMillis = requestTimeout.toMillis();
        this.client = vertx().createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setConnectTimeout((int) connectTimeout.toMillis()),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
    }

    private static synchronized Vertx vertx() {
        if (vertx == null) {
            vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        }
        return vertx;
    }

    CompletionStage<Integer> start(long sequence) {
        URI url = urls.get((int) Math.floorMod(sequence, (long) urls.size()));
        MultiMap h = headers;
        if (!dynamicHeaders.isEmpty()) {
            h = MultiMap.caseInsensitiveMultiMap().addAll(headers);
            for (Map.Entry<String, Supplier<String>> d : dynamicHeaders.entrySet()) {
                h.set(d.getKey(), d.getValue().get());
            }
        }
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(url.toString())
                .setHeaders(h)
                .setIdleTimeout(timeoutMillis);
        return client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .toCompletionStage();
    }
}
