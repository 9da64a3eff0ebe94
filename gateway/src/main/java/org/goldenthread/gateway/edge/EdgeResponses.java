package org.goldenthread.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.goldenthread.platform.http.RequestIds;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.problem.Problems;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** problem+json answers written straight on the Vert.x response, for the proxy's own refusals. */
final class EdgeResponses {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private EdgeResponses() {
    }

    /** The caller's X-Request-Id when it is sensible, otherwise a new one. */
    static String requestId(String given) {
        return given != null && REQUEST_ID.matcher(given).matches() ? given : newRequestId();
    }

    /**
     * A random (version 4) UUID from the event loop's own generator: a request id needs to be
     * unique, not unguessable, and {@link UUID#randomUUID()} takes a lock on one shared SecureRandom.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static void problem(RoutingContext ctx, ObjectMapper json, int status, String type, String detail, String requestId,
                        Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // the answer had begun: all that can be done is to cut it off so it is not taken as whole
            response.reset();
            return;
        }
        Problem problem = new Problem(type, Problems.titleFor(status), status, detail, ctx.request().path(), requestId,
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + ProblemTypes.INTERNAL + "\",\"status\":" + status + "}";
        }
        response.headers().remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.TRANSFER_ENCODING);
        response.setChunked(false);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemTypes.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId);
        headers.forEach(response::putHeader);
        response.end(body);
    }
}
