package org.goldenthread.monitoring.service;

import org.goldenthread.monitoring.domain.AcademicYear;
import org.goldenthread.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small input rules shared by the services: tidy text and lists, parse query parameters with a clear 400. */
public final class Inputs {
    /** A focus tag: kebab-case, as the event contracts require. */
    public static final String TAG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String TAG_MESSAGE = "must be kebab-case (lower-case words joined by hyphens), e.g. developmental-marking";
    private static final Pattern TAG = Pattern.compile(TAG_PATTERN);

    private Inputs() {
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    /** Year groups without repeats, in order. */
    public static List<Integer> yearGroups(Collection<Integer> groups) {
        return groups == null ? new ArrayList<>() : groups.stream().distinct().sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    /** Values without repeats, in the order given. */
    public static <T> List<T> distinct(Collection<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    public static boolean isTag(String tag) {
        return tag != null && tag.length() <= 60 && TAG.matcher(tag).matches();
    }

    /** A required or optional enum query parameter: unknown values are a 400 listing the allowed ones. */
    public static <E extends Enum<E>> E enumParam(String field, String value, Class<E> type) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static UUID uuidParam(String field, String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    public static UUID requiredUuidParam(String field, String value) {
        UUID id = uuidParam(field, value);
        if (id == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        return id;
    }

    /** "2026-27", or null when absent; anything else is a 400 naming the field. */
    public static AcademicYear academicYear(String field, String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        AcademicYear year = AcademicYear.parse(v);
        if (year == null) {
            throw ProblemException.invalidField(field, "must be an academic year such as 2026-27");
        }
        return year;
    }

    public static AcademicYear requiredAcademicYear(String field, String value) {
        AcademicYear year = academicYear(field, value);
        if (year == null) {
            throw ProblemException.invalidField(field, "is required, e.g. 2026-27");
        }
        return year;
    }

    public static String focusTag(String field, String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        if (!isTag(v)) {
            throw ProblemException.invalidField(field, TAG_MESSAGE);
        }
        return v;
    }
}
