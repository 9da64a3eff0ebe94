package org.goldenthread.tracking.rest;

import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.PupilGroup;
import org.goldenthread.tracking.domain.ResultsRow;
import org.goldenthread.tracking.domain.ResultsSubject;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Parses path and query parameters into domain values, answering 400 naming the parameter when one is wrong. */
final class Params {
    private Params() {
    }

    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(name, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Term term(String value) {
        return oneOf("term", value, Term.class, true);
    }

    static Subject subject(String value, boolean required) {
        return oneOf("subject", value, Subject.class, required);
    }

    static AssessmentSource source(String value) {
        return oneOf("source", value, AssessmentSource.class, true);
    }

    static PupilGroup pupilGroup(String value) {
        return oneOf("pupilGroup", value, PupilGroup.class, false);
    }

    static Integer yearGroup(Integer value) {
        if (value != null && (value < 0 || value > 13)) {
            throw ProblemException.invalidField("yearGroup", "must be from 0 (Reception) to 13");
        }
        return value;
    }

    /** The row filter of the termly-results views. */
    static Predicate<ResultsRow.Key> rows(Integer yearGroup, String subject, String pupilGroup) {
        Integer year = yearGroup(yearGroup);
        ResultsSubject s = oneOf("subject", subject, ResultsSubject.class, false);
        PupilGroup g = pupilGroup(pupilGroup);
        return k -> (year == null || k.yearGroup() == year) && (s == null || k.subject() == s)
                && (g == null || k.pupilGroup() == g);
    }
}
