package org.goldenthread.platform.problem;

import java.util.List;

/** Thrown anywhere to answer with a problem+json response of the given status and type. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException validation(String detail, List<FieldError> errors) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(field + " " + message, List.of(FieldError.of(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", what + " was not found", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public static ProblemException unprocessable(String type, String title, String detail, List<FieldError> errors) {
        return new ProblemException(422, type, title, detail, errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
