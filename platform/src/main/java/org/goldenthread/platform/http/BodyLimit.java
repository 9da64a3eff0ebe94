package org.goldenthread.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.platform.problem.ProblemTypes;

import java.util.Optional;

/**
 * Answers an oversize body with problem+json 413 before any of it is read, from its
 * Content-Length. (The HTTP layer's own limit still guards chunked bodies.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > limit) {
                        String requestId = ctx.request().getHeader(RequestIds.HEADER);
                        String body = "{\"type\":\"" + ProblemTypes.PAYLOAD_TOO_LARGE + "\",\"title\":\"Payload too large\","
                                + "\"status\":413,\"detail\":\"the body is " + length.trim() + " bytes; the limit here is "
                                + limit + " bytes\",\"instance\":\"" + escape(ctx.request().path()) + "\""
                                + (requestId == null || !requestId.matches("[A-Za-z0-9._:-]{1,128}") ? ""
                                : ",\"requestId\":\"" + requestId + "\"") + "}";
                        ctx.response().setStatusCode(413)
                                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemTypes.MEDIA_TYPE)
                                .putHeader(HttpHeaders.CONNECTION, "close")
                                .end(body);
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // the HTTP layer rejects a malformed Content-Length itself
                }
            }
            ctx.next();
        });
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
