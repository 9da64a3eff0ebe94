package org.goldenthread.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Where the current request's id lives: set by {@link RequestIdFilter}, read by problem responses. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "goldenthread.requestId";

    private RequestIds() {
    }

    public static String of(ContainerRequestContext request) {
        if (request == null) {
            return null;
        }
        Object id = request.getProperty(PROPERTY);
        return id == null ? request.getHeaderString(HEADER) : id.toString();
    }
}
