package org.goldenthread.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.identity.Authenticator;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.identity.InternalTokens;
import org.goldenthread.gateway.identity.InvalidCredentials;
import org.goldenthread.platform.http.RequestIds;
import org.goldenthread.platform.problem.ProblemTypes;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The proxy: every path a service owns ({@link Routes}) is authenticated here, rate limited, and
 * passed on over a pooled keep-alive connection with the internal token in place of the caller's
 * own, without leaving the event loop. Bodies stream both ways (a 50 MB import is never held in
 * memory). A service that cannot be reached is a 503, one that does not answer in time a 504,
 * and one that answers nonsense or drops the connection a 502, all as problem+json.
 */
@ApplicationScoped
public class ProxyHandler {
    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);
    /**
     * After CORS (a Quarkus filter of priority 300, so route order -300, which answers preflights)
     * and before Quarkus's HTTP security filters (-200, -100) and the gateway's own endpoints: the
     * proxy authenticates every caller itself, so a proxied request does not also pay for the
     * security layer the registry endpoints use.
     */
    static final int ROUTE_ORDER = -250;
    private static final Pattern FORWARDABLE_HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

    // Hop-by-hop headers (RFC 9110 §7.6.1) and what the gateway sets itself.
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "trailers", "transfer-encoding", "upgrade", "host",
            "authorization", "cookie", "expect", "forwarded", "x-real-ip", "x-request-id", "traceparent", "tracestate");
    // Headers a caller might use to pose as the gateway or as someone else: never passed on.
    private static final String[] INTERNAL_PREFIXES = {"x-forwarded-", "x-goldenthread-", "x-golden-thread-",
            "x-internal-", "x-tenant", "x-trust", "x-school", "x-user", "x-role", "x-auth", "x-client-", "x-principal",
            "x-remote-user", "x-jwt", "x-token"};
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-connection", "te", "trailer", "trailers", "transfer-encoding", "upgrade", "x-request-id");

    private record Target(String host, int port, boolean ssl, String basePath, String origin) {
    }

    @Inject
    Authenticator authenticator;
    @Inject
    InternalTokens internalTokens;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    HttpClients clients;
    @Inject
    GatewayConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    private final Map<Upstream, Target> targets = new EnumMap<>(Upstream.class);
    private long maxBody;
    private long responseTimeoutMillis;

    @PostConstruct
    void configure() {
        targets.put(Upstream.PLANS, target(config.upstreams().plans()));
        targets.put(Upstream.TRACKING, target(config.upstreams().tracking()));
        targets.put(Upstream.MONITORING, target(config.upstreams().monitoring()));
        maxBody = maxBodySize.map(MemorySize::asLongValue).orElse(60L * 1024 * 1024);
        responseTimeoutMillis = config.upstream().responseTimeout().toMillis();
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").order(ROUTE_ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Upstream upstream = Routes.match(path);
        if (upstream == null) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        request.pause();
        ctx.put("UrlPathTemplate", "/api/v1/" + upstream.name().toLowerCase(Locale.ROOT) + "/*");
        String requestId = EdgeResponses.requestId(request.getHeader(RequestIds.HEADER));
        Context context = Vertx.currentContext();
        authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION)).onComplete(ar -> {
            if (Vertx.currentContext() == context) {
                admit(ctx, upstream, path, requestId, ar.succeeded() ? ar.result() : null, ar.cause());
            } else {
                context.runOnContext(v -> admit(ctx, upstream, path, requestId, ar.succeeded() ? ar.result() : null, ar.cause()));
            }
        });
    }

    private void admit(RoutingContext ctx, Upstream upstream, String path, String requestId, Caller caller, Throwable failure) {
        if (caller == null) {
            String detail = failure instanceof InvalidCredentials ? failure.getMessage() : "a valid bearer token is required";
            if (!(failure instanceof InvalidCredentials)) {
                LOG.errorf(failure, "request %s: cannot authenticate", requestId);
            }
            refuse(ctx, 401, ProblemTypes.UNAUTHORIZED, detail, requestId,
                    Map.of("WWW-Authenticate", "Bearer realm=\"golden-thread\", error=\"invalid_token\""));
            return;
        }
        if (caller.platformAdmin()) {
            refuse(ctx, 403, ProblemTypes.FORBIDDEN, "the platform administrator manages the registry; it has no "
                    + "school data of its own to read or change", requestId, Map.of());
            return;
        }
        if (!caller.hasTenant()) {
            refuse(ctx, 403, ProblemTypes.FORBIDDEN, "the token carries no trust or no roles this API knows",
                    requestId, Map.of());
            return;
        }
        Caller.RateLimit limit = caller.rateLimit();
        long wait = limit == null
                ? rateLimiter.acquire(caller.principalId(), config.rateLimit().requestsPerSecond(), config.rateLimit().burst())
                : rateLimiter.acquire(caller.principalId(), limit.requestsPerSecond(), limit.burst());
        if (wait > 0) {
            refuse(ctx, 429, ProblemTypes.RATE_LIMITED, "too many requests from this caller; try again in " + wait
                    + " s", requestId, Map.of("Retry-After", Long.toString(wait)));
            return;
        }
        String token;
        try {
            token = internalTokens.forCaller(caller);
        } catch (RuntimeException e) {
            LOG.errorf(e, "request %s: cannot sign the internal token", requestId);
            refuse(ctx, 503, ProblemTypes.UPSTREAM_UNAVAILABLE, "the gateway cannot sign requests right now", requestId, Map.of());
            return;
        }
        forward(ctx, upstream, path, requestId, token, true);
    }

    private void forward(RoutingContext ctx, Upstream upstream, String path, String requestId, String token, boolean mayRetry) {
        HttpServerRequest request = ctx.request();
        Target target = targets.get(upstream);
        String query = request.query();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(target.basePath() + path + (query == null ? "" : "?" + query))
                .setHeaders(upstreamHeaders(request, token, requestId));
        boolean hasBody = hasBody(request);
        clients.proxy().request(options).onComplete(ar -> {
            if (ar.failed()) {
                fail(ctx, upstream, ar.cause(), requestId);
                return;
            }
            HttpClientRequest out = ar.result();
            Exchange exchange = new Exchange(ctx, upstream, target, requestId, out);
            out.response().onComplete(rar -> {
                if (rar.succeeded()) {
                    exchange.respond(rar.result());
                } else if (mayRetry && !hasBody && !exchange.settled && rar.cause() instanceof HttpClosedException
                        && isIdempotent(request.method())) {
                    // a pooled connection the service had just closed: once more on a fresh one
                    exchange.settled = true;
                    exchange.finished = true;
                    exchange.cancelTimer();
                    forward(ctx, upstream, path, requestId, token, false);
                } else {
                    exchange.failed(rar.cause());
                }
            });
            ctx.response().closeHandler(v -> exchange.clientGone());
            if (hasBody) {
                exchange.sendBody(request);
            } else {
                out.end();
                exchange.startTimer();
                request.resume();
            }
        });
    }

    /** One request to a service and its answer. */
    private final class Exchange {
        final RoutingContext ctx;
        final Upstream upstream;
        final Target target;
        final String requestId;
        final HttpClientRequest out;
        boolean settled;
        /**
         * The upstream request is over (answer passed on, or the request reset or failed). A late
         * reset of a finished request would mark its connection, by then back in the pool and
         * perhaps carrying another caller's request, to be closed: that request would fail as a 502.
         */
        boolean finished;
        long timer = -1;
        long received;

        Exchange(RoutingContext ctx, Upstream upstream, Target target, String requestId, HttpClientRequest out) {
            this.ctx = ctx;
            this.upstream = upstream;
            this.target = target;
            this.requestId = requestId;
            this.out = out;
        }

        void sendBody(HttpServerRequest request) {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null) {
                out.setChunked(true);
            }
            request.handler(buffer -> {
                received += buffer.length();
                if (received > maxBody) {
                    request.handler(null);
                    settled = true;
                    cancelTimer();
                    resetUpstream();
                    refuse(ctx, 413, ProblemTypes.PAYLOAD_TOO_LARGE, "the body is larger than the limit here of "
                            + maxBody + " bytes", requestId, Map.of());
                    return;
                }
                out.write(buffer);
                if (out.writeQueueFull()) {
                    request.pause();
                    out.drainHandler(v -> request.resume());
                }
            });
            request.exceptionHandler(e -> {
                settled = true;
                cancelTimer();
                resetUpstream();
            });
            request.endHandler(v -> {
                if (!settled) {
                    out.end();
                    startTimer();
                }
            });
            if (request.version() != HttpVersion.HTTP_2
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                // the caller is admitted: it may send the body now (curl waits a second for this otherwise)
                ctx.response().writeContinue();
            }
            request.resume();
        }

        void startTimer() {
            timer = vertx.setTimer(responseTimeoutMillis, id -> {
                timer = -1;
                if (!settled) {
                    settled = true;
                    finished = true;
                    out.reset(0, new TimeoutException());
                    EdgeResponses.problem(ctx, json, 504, ProblemTypes.UPSTREAM_TIMEOUT, upstream.serviceName()
                            + " did not answer within " + responseTimeoutMillis + " ms", requestId, Map.of());
                }
            });
        }

        void cancelTimer() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }

        void resetUpstream() {
            if (!finished) {
                finished = true;
                out.reset();
            }
        }

        void respond(HttpClientResponse in) {
            if (settled) {
                resetUpstream();
                return;
            }
            settled = true;
            cancelTimer();
            HttpServerResponse response = ctx.response();
            if (response.closed()) {
                resetUpstream();
                return;
            }
            response.setStatusCode(in.statusCode());
            copyResponseHeaders(in.headers(), response.headers(), target, ctx.request());
            response.putHeader(RequestIds.HEADER, requestId);
            boolean bodyless = in.statusCode() == 204 || in.statusCode() == 304 || ctx.request().method() == HttpMethod.HEAD;
            if (!bodyless && !in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                response.setChunked(true);
            }
            long stallCheck = watchForStall(in, response);
            in.pipe().endOnFailure(false).to(response).onComplete(ar -> {
                vertx.cancelTimer(stallCheck);
                if (ar.succeeded()) {
                    finished = true;
                } else {
                    LOG.debugf("request %s: streaming the answer of %s failed: %s", requestId, upstream.serviceName(),
                            ar.cause().getMessage());
                    resetUpstream();
                    response.reset();
                }
            });
        }

        /**
         * A stream that stalls half-way is cut off rather than left hanging: checked every response
         * timeout, and stopped when the answer is through. (Not the client request's own idle timeout:
         * set after the answer's head it is never cancelled, and firing later it reset a request long
         * finished, closing a pooled connection that by then carried someone else's request.)
         */
        long watchForStall(HttpClientResponse in, HttpServerResponse response) {
            long[] written = {-1};
            return vertx.setPeriodic(responseTimeoutMillis, id -> {
                if (finished || response.ended() || response.closed()) {
                    vertx.cancelTimer(id);
                    return;
                }
                long now = response.bytesWritten();
                if (now == written[0]) {
                    vertx.cancelTimer(id);
                    LOG.debugf("request %s: the answer of %s stalled", requestId, upstream.serviceName());
                    resetUpstream();
                    response.reset();
                }
                written[0] = now;
            });
        }

        void failed(Throwable cause) {
            if (settled) {
                return;
            }
            settled = true;
            finished = true;
            cancelTimer();
            fail(ctx, upstream, cause, requestId);
        }

        /** The caller's connection or stream closed: with HTTP/2 that is also after every answer, so it may be over already. */
        void clientGone() {
            if (ctx.response().ended()) {
                return; // the whole answer was passed on: the upstream request is over
            }
            if (!settled) {
                settled = true;
                cancelTimer();
            }
            resetUpstream();
        }
    }

    private void fail(RoutingContext ctx, Upstream upstream, Throwable cause, String requestId) {
        int status = statusFor(cause);
        String service = upstream.serviceName();
        String detail = switch (status) {
            case 503 -> service + " is not reachable right now; try again shortly";
            case 504 -> service + " did not answer in time";
            default -> service + " gave an answer the gateway could not pass on";
        };
        LOG.warnf("request %s to %s failed (%d): %s", requestId, service, status, cause);
        String type = status == 503 ? ProblemTypes.UPSTREAM_UNAVAILABLE
                : status == 504 ? ProblemTypes.UPSTREAM_TIMEOUT : ProblemTypes.BAD_GATEWAY;
        EdgeResponses.problem(ctx, json, status, type, detail, requestId, status == 503 ? Map.of("Retry-After", "5") : Map.of());
    }

    static int statusFor(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException || t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof ConnectionPoolTooBusyException) {
                return 503;
            }
            if (t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException) {
                return 504;
            }
        }
        return 502;
    }

    private void refuse(RoutingContext ctx, int status, String type, String detail, String requestId,
                        Map<String, String> headers) {
        HttpServerRequest request = ctx.request();
        Map<String, String> all = headers;
        if (hasBody(request) && request.version() != HttpVersion.HTTP_2) {
            // the body is not read: the connection cannot be reused for another request
            all = new java.util.HashMap<>(headers);
            all.put("Connection", "close");
        }
        EdgeResponses.problem(ctx, json, status, type, detail, requestId, all);
        request.resume();
    }

    private MultiMap upstreamHeaders(HttpServerRequest request, String token, String requestId) {
        MultiMap in = request.headers();
        Set<String> named = connectionTokens(in);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : in) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(name) || named.contains(name) || internal(name)) {
                continue;
            }
            headers.add(header.getKey(), header.getValue());
        }
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        headers.set(RequestIds.HEADER, requestId);
        String traceparent = in.get("traceparent");
        headers.set("traceparent", TraceContext.next(traceparent));
        String tracestate = in.get("tracestate");
        if (tracestate != null && TraceContext.joins(traceparent) && tracestate.length() <= 512) {
            headers.set("tracestate", tracestate);
        }
        if (request.remoteAddress() != null) {
            headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && FORWARDABLE_HOST.matcher(host).matches()) {
            headers.set("X-Forwarded-Host", host);
        }
        return headers;
    }

    private static boolean internal(String lowerName) {
        for (String prefix : INTERNAL_PREFIXES) {
            if (lowerName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        String connection = headers.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String token : connection.split(",")) {
            names.add(token.trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static void copyResponseHeaders(MultiMap from, MultiMap to, Target target, HttpServerRequest request) {
        Set<String> named = connectionTokens(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (NOT_RETURNED.contains(name) || named.contains(name) || name.startsWith("access-control-")) {
                continue;
            }
            String value = header.getValue();
            if ((name.equals("location") || name.equals("content-location")) && value.startsWith(target.origin())) {
                // the service built an absolute link to itself: point it at the gateway
                // HTTP/2 carries the host in :authority, not in a Host header
                String host = request.authority() != null ? request.authority().toString() : request.getHeader(HttpHeaders.HOST);
                if (host != null) {
                    value = request.scheme() + "://" + host + value.substring(target.origin().length());
                }
            }
            to.add(header.getKey(), value);
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        if (request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 has no chunked framing: a stream not yet ended may carry a body of unknown length
            return !request.isEnded() && request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD;
        }
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isIdempotent(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    private static Target target(String baseUrl) {
        URI uri = URI.create(baseUrl);
        boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
        String basePath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return new Target(uri.getHost(), port, ssl, basePath, origin);
    }
}
