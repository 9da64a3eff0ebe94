package org.goldenthread.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a JSON import of pupils and their results, the way a school's MIS would send it. */
final class CohortBuilder {
    private final List<Map<String, Object>> pupils = new ArrayList<>();
    private final List<Map<String, Object>> assessments = new ArrayList<>();
    private String lastUpn;

    CohortBuilder pupil(String first, String sex, int yearGroup, boolean disadvantaged) {
        lastUpn = Fixtures.upn();
        Map<String, Object> p = new LinkedHashMap<>(Fixtures.pupil(lastUpn, first, "Khan", yearGroup, sex, disadvantaged));
        pupils.add(p);
        return this;
    }

    CohortBuilder with(String field, Object value) {
        pupils.get(pupils.size() - 1).put(field, value);
        return this;
    }

    /** A teacher assessment of the last pupil. */
    CohortBuilder ta(String year, String term, String subject, String judgement) {
        assessments.add(Map.of("upn", lastUpn, "academicYear", year, "term", term, "subject", subject,
                "source", "TEACHER_ASSESSMENT", "judgement", judgement));
        return this;
    }

    /** A test result of the last pupil. */
    CohortBuilder test(String year, String term, String subject, int scaledScore) {
        assessments.add(Map.of("upn", lastUpn, "academicYear", year, "term", term, "subject", subject,
                "source", "TEST", "scaledScore", scaledScore));
        return this;
    }

    String lastUpn() {
        return lastUpn;
    }

    Map<String, Object> json() {
        return Map.of("pupils", pupils, "assessments", assessments);
    }

    String body() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports into one school and checks it applied. */
    void importInto(Fixtures.Trust trust, int school) {
        var job = Fixtures.importAndWait(trust.mis(List.of(trust.school(school))), "application/json", body(),
                "schoolId=" + trust.school(school));
        if (!"SUCCEEDED".equals(job.jsonPath().getString("status"))) {
            throw new AssertionError("import failed: " + job.asString());
        }
    }
}
