package org.goldenthread.plans.rest;

import org.goldenthread.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads query parameters so that a bad value is a 400 naming the parameter (JAX-RS would answer
 * 404 for a value it cannot convert).
 */
final class QueryParams {
    private QueryParams() {
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }

    static String academicYear(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!org.goldenthread.plans.domain.TermOfYear.isAcademicYear(value.trim())) {
            throw ProblemException.invalidField(name, "must be an academic year such as 2026-27");
        }
        return value.trim();
    }
}
