package org.goldenthread.gateway.edge;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;

import java.time.Duration;

/**
 * The gateway's outgoing HTTP: one pooled keep-alive client for proxying to the services, and a
 * small one for fetching documents (JWKS, OpenAPI).
 */
@ApplicationScoped
public class HttpClients {
    @Inject
    Vertx vertx;
    @Inject
    GatewayConfig config;

    private HttpClient proxy;
    private HttpClient fetcher;

    @PostConstruct
    void create() {
        GatewayConfig.Upstream upstream = config.upstream();
        proxy = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setKeepAliveTimeout(60)
                        .setTcpNoDelay(true)
                        .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                        .setDecompressionSupported(false)
                        .setMaxInitialLineLength(16 * 1024)
                        .setMaxHeaderSize(64 * 1024)
                        .setName("gateway-upstream"),
                new PoolOptions()
                        .setHttp1MaxSize(upstream.poolSize())
                        .setMaxWaitQueueSize(upstream.maxWaitQueue()));
        fetcher = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout(5_000)
                        .setDecompressionSupported(true)
                        .setName("gateway-fetch"),
                new PoolOptions().setHttp1MaxSize(4));
    }

    public HttpClient proxy() {
        return proxy;
    }

    /** GETs a document: the body of a 2xx answer, or a failed future. */
    public Future<Buffer> fetch(String absoluteUrl, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(absoluteUrl)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        return fetcher.request(options)
                .compose(request -> request.send())
                .compose(response -> {
                    if (response.statusCode() / 100 != 2) {
                        return response.body().transform(ignored -> Future.failedFuture(
                                new IllegalStateException(absoluteUrl + " answered " + response.statusCode())));
                    }
                    return response.body();
                });
    }

    void close(@Observes ShutdownEvent ignored) {
        if (proxy != null) {
            proxy.close();
        }
        if (fetcher != null) {
            fetcher.close();
        }
    }
}
