package org.goldenthread.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.http.RequestIds;

import java.util.List;

/** Builds problem+json responses. */
public final class Problems {
    private Problems() {
    }

    public static Response response(ContainerRequestContext request, int status, String type, String title,
                                    String detail, List<FieldError> errors) {
        String instance = request == null ? null : "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Problem problem = new Problem(type, title, status, detail, instance, RequestIds.of(request), errors);
        return Response.status(status).type(ProblemTypes.MEDIA_TYPE).entity(problem).build();
    }

    public static Response forStatus(ContainerRequestContext request, int status, String detail) {
        return response(request, status, typeFor(status), titleFor(status), detail, List.of());
    }

    public static String typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemTypes.VALIDATION;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 409 -> ProblemTypes.CONFLICT;
            case 412 -> ProblemTypes.PRECONDITION_FAILED;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemTypes.PRECONDITION_REQUIRED;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 502 -> ProblemTypes.BAD_GATEWAY;
            case 503 -> ProblemTypes.UPSTREAM_UNAVAILABLE;
            case 504 -> ProblemTypes.UPSTREAM_TIMEOUT;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.HTTP;
        };
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }
}
