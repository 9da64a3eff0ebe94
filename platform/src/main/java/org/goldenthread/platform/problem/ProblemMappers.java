package org.goldenthread.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.http.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json: bad input is a 4xx naming the field, and
 * nothing leaks a stack trace. Unexpected failures are logged with the request id and answered
 * with a bare 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, ContainerRequestContext request) {
        return Problems.response(request, e.status(), e.type(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(request, 400, ProblemTypes.VALIDATION, "Invalid request", detail, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, ContainerRequestContext request) {
        String field = pathOf(e);
        return Problems.response(request, 400, ProblemTypes.VALIDATION, "Invalid request",
                field + " is not a known field", List.of(FieldError.of(field, "is not a known field")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, ContainerRequestContext request) {
        String field = pathOf(e);
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            message = "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        } else {
            message = "must be " + describe(target);
        }
        return Problems.response(request, 400, ProblemTypes.VALIDATION, "Invalid request",
                field + " " + message, List.of(new FieldError(field, message, null, safeValue(e.getValue()))));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        String field = pathOf(e);
        String message = "must be " + describe(e.getTargetType());
        if (field.isEmpty()) {
            return Problems.response(request, 400, ProblemTypes.UNREADABLE, "Unreadable request body",
                    "the body must be a JSON " + describe(e.getTargetType()), List.of());
        }
        return Problems.response(request, 400, ProblemTypes.VALIDATION, "Invalid request",
                field + " " + message, List.of(FieldError.of(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, ContainerRequestContext request) {
        String field = pathOf(e);
        String message = e.getOriginalMessage() == null ? "is invalid" : firstLine(e.getOriginalMessage());
        if (field.isEmpty()) {
            return Problems.response(request, 400, ProblemTypes.UNREADABLE, "Unreadable request body", message, List.of());
        }
        return Problems.response(request, 400, ProblemTypes.VALIDATION, "Invalid request",
                field + ": " + message, List.of(FieldError.of(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, ContainerRequestContext request) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.response(request, 400, ProblemTypes.UNREADABLE, "Unreadable request body",
                "the body is not valid JSON" + where, List.of());
    }

    /**
     * Two edits of the same item at the same moment, both with the current ETag: the database lets
     * one through and the version check stops the other, which gets the same 412 as a stale If-Match.
     */
    @ServerExceptionMapper(priority = 1)
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, ContainerRequestContext request) {
        return concurrentChangeResponse(request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(org.hibernate.StaleStateException e, ContainerRequestContext request) {
        return concurrentChangeResponse(request);
    }

    private static Response concurrentChangeResponse(ContainerRequestContext request) {
        return Problems.response(request, 412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "someone changed this item at the same moment; read it again and re-apply your change", List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return Problems.response(request, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "a valid bearer token is required", List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        return Problems.response(request, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "a valid bearer token is required", List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return Problems.response(request, 403, ProblemTypes.FORBIDDEN, "Forbidden",
                "your role does not allow this", List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request %s failed", RequestIds.of(request));
            return Problems.response(request, status, ProblemTypes.INTERNAL, "Internal error",
                    "the server could not complete the request", List.of());
        }
        if (isJsonCause(e.getCause())) {
            return mapJsonCause(e.getCause(), request);
        }
        return Problems.forStatus(request, status, statusDetail(status, e));
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (isJsonCause(e.getCause())) {
            return mapJsonCause(e.getCause(), request);
        }
        if (e.getCause() instanceof ConstraintViolationException cve) {
            return constraintViolation(cve, request);
        }
        if (e.getCause() instanceof ProblemException pe) {
            return problem(pe, request);
        }
        if (e.getCause() instanceof jakarta.persistence.OptimisticLockException
                || e.getCause() instanceof org.hibernate.StaleStateException) {
            return concurrentChangeResponse(request);
        }
        if (isBodyTooLarge(e)) {
            // a chunked body over the HTTP limit: the HTTP layer has already answered 413
            LOG.debugf("request %s: body over the size limit", RequestIds.of(request));
            return Problems.forStatus(request, 413, "the body is larger than this service accepts");
        }
        LOG.errorf(e, "request %s failed", RequestIds.of(request));
        return Problems.response(request, 500, ProblemTypes.INTERNAL, "Internal error",
                "the server could not complete the request; quote the request id when reporting it", List.of());
    }

    private static boolean isBodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private boolean isJsonCause(Throwable cause) {
        return cause instanceof JsonProcessingException;
    }

    private Response mapJsonCause(Throwable cause, ContainerRequestContext request) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u, request);
        }
        if (cause instanceof InvalidFormatException i) {
            return invalidFormat(i, request);
        }
        if (cause instanceof MismatchedInputException m) {
            return mismatchedInput(m, request);
        }
        if (cause instanceof JsonMappingException m) {
            return jsonMapping(m, request);
        }
        return unreadableJson((JsonProcessingException) cause, request);
    }

    private static String statusDetail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "the method is not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "the content type is not supported here";
            default -> e.getMessage() == null ? "the request could not be processed" : firstLine(e.getMessage());
        };
    }

    /** "assessments[41].scaledScore" for a body field, "limit" for a query parameter. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    parameter = node.getName();
                    continue;
                }
                default -> {
                    // properties, beans and container elements below
                }
            }
            if (node.isInIterable() && !parts.isEmpty()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + at + "]");
                }
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                parts.add(node.getName());
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", parts);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a date-time (ISO-8601)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String safeValue(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
