package org.goldenthread.plans.service;

import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects field errors across a request, then answers them all at once (400 naming each field). */
final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(FieldError.of(field, message));
        }
        return this;
    }

    Validation error(String field, String message) {
        errors.add(FieldError.of(field, message));
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
