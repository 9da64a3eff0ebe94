package org.goldenthread.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/**
 * Gives every request an id (the caller's X-Request-Id, usually set by the gateway, or a new one),
 * puts it in the logging context and echoes it on the response, so one id follows a request
 * through the gateway, the service logs and any problem response.
 */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = request.getHeaderString(RequestIds.HEADER);
        if (id == null || id.isBlank() || id.length() > 128 || !id.matches("[A-Za-z0-9._:-]+")) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(RequestIds.PROPERTY, id);
        MDC.put("requestId", id);
        String traceparent = request.getHeaderString("traceparent");
        if (traceparent != null && traceparent.length() <= 128) {
            MDC.put("traceparent", traceparent);
        }
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String id = RequestIds.of(request);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.remove("requestId");
        MDC.remove("traceparent");
    }
}
