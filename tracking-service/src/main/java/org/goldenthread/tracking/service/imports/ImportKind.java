package org.goldenthread.tracking.service.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two kinds of import row and their columns (CSV header names and JSON field names alike).
 * A CSV file holds one kind, told by its header; a JSON import may hold both.
 */
public enum ImportKind {
    PUPIL("pupils", List.of("schoolId", "upn", "firstName", "lastName", "dateOfBirth", "sex", "yearGroup", "className",
            "disadvantaged", "freeSchoolMeals", "senStatus", "eal", "ethnicityCode", "priorAttainment", "joinedOn", "leftOn"),
            List.of("upn", "firstName", "lastName", "dateOfBirth", "sex", "yearGroup", "disadvantaged")),
    ASSESSMENT("assessments", List.of("schoolId", "upn", "academicYear", "term", "subject", "source", "judgement",
            "scaledScore", "yearGroup"),
            List.of("upn", "academicYear", "term", "subject"));

    private final String jsonArray;
    private final List<String> columns;
    private final List<String> required;
    private final Map<String, Integer> byLowerName;

    ImportKind(String jsonArray, List<String> columns, List<String> required) {
        this.jsonArray = jsonArray;
        this.columns = columns;
        this.required = required;
        this.byLowerName = columns.stream().collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), columns::indexOf));
    }

    /** The array a JSON import lists these rows in. */
    public String jsonArray() {
        return jsonArray;
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns a CSV header must have (schoolId may instead come from the import's schoolId parameter). */
    public List<String> required() {
        return required;
    }

    /** The column's index, matching names without regard to case; -1 for an unknown column. */
    public int index(String name) {
        Integer i = byLowerName.get(name.trim().toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    public int width() {
        return columns.size();
    }

    // column indexes, shared by the reader and the validator
    static final int P_SCHOOL = 0, P_UPN = 1, P_FIRST = 2, P_LAST = 3, P_DOB = 4, P_SEX = 5, P_YEAR = 6, P_CLASS = 7,
            P_DISADVANTAGED = 8, P_FSM = 9, P_SEN = 10, P_EAL = 11, P_ETHNICITY = 12, P_PRIOR = 13, P_JOINED = 14,
            P_LEFT = 15;
    static final int A_SCHOOL = 0, A_UPN = 1, A_YEAR = 2, A_TERM = 3, A_SUBJECT = 4, A_SOURCE = 5, A_JUDGEMENT = 6,
            A_SCORE = 7, A_YEAR_GROUP = 8;
}
