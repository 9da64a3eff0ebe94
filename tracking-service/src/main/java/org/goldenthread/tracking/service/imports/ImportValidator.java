package org.goldenthread.tracking.service.imports;

import org.goldenthread.tracking.domain.AcademicYear;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.PriorAttainment;
import org.goldenthread.tracking.domain.SenStatus;
import org.goldenthread.tracking.domain.Sex;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.domain.Upn;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks import rows one by one, field by field, and turns the good ones into values. Every problem
 * in a row is reported (not only the first), each naming its line and field.
 */
public final class ImportValidator {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A pupil row that passed every check. */
    public record PupilValues(UUID schoolId, String upn, String firstName, String lastName, LocalDate dateOfBirth, Sex sex,
                              int yearGroup, String className, boolean disadvantaged, boolean freeSchoolMeals,
                              SenStatus senStatus, boolean eal, String ethnicityCode, PriorAttainment priorAttainment,
                              LocalDate joinedOn, LocalDate leftOn) {
    }

    /** An assessment row that passed every check (the pupil is resolved later). */
    public record AssessmentValues(UUID schoolId, String upn, String academicYear, Term term, Subject subject,
                                   AssessmentSource source, Judgement judgement, Integer scaledScore, Integer yearGroup) {
        public AssessmentKey key() {
            return new AssessmentKey(schoolId, upn, academicYear, term, subject, source);
        }
    }

    public record PupilKey(UUID schoolId, String upn) {
    }

    public record AssessmentKey(UUID schoolId, String upn, String academicYear, Term term, Subject subject,
                                AssessmentSource source) {
    }

    private final boolean json;
    private final Set<UUID> allowedSchools;
    private final UUID defaultSchool;
    private final LocalDate today;
    // Files repeat the same schools, pupils and years on many rows: check each distinct value once.
    private final java.util.Map<String, Object> schoolCache = new java.util.HashMap<>();
    private final java.util.Map<String, String> upnCache = new java.util.HashMap<>();
    private final java.util.Map<String, String> yearCache = new java.util.HashMap<>();
    private static final String OK = "";

    public ImportValidator(boolean json, Set<UUID> allowedSchools, UUID defaultSchool, LocalDate today) {
        this.json = json;
        this.allowedSchools = allowedSchools;
        this.defaultSchool = defaultSchool;
        this.today = today;
    }

    /** Checks a pupil row; null when it has errors (all reported to {@code errors}). */
    public PupilValues pupil(ImportRow row, Consumer<RowError> errors) {
        Check c = new Check(row, errors);
        UUID school = c.school(ImportKind.P_SCHOOL);
        String upn = c.upn(ImportKind.P_UPN);
        String first = c.name(ImportKind.P_FIRST);
        String last = c.name(ImportKind.P_LAST);
        LocalDate dob = c.date(ImportKind.P_DOB, true);
        if (dob != null && (dob.isAfter(today) || dob.isBefore(LocalDate.of(1990, 1, 1)))) {
            c.fail(ImportKind.P_DOB, "must be a date of birth between 1990-01-01 and today");
        }
        Sex sex = c.sex(ImportKind.P_SEX);
        Integer year = c.yearGroup(ImportKind.P_YEAR, true);
        String className = c.text(ImportKind.P_CLASS, 20);
        Boolean disadvantaged = c.bool(ImportKind.P_DISADVANTAGED, true);
        Boolean fsm = c.bool(ImportKind.P_FSM, false);
        SenStatus sen = c.oneOf(ImportKind.P_SEN, SenStatus.class, false);
        Boolean eal = c.bool(ImportKind.P_EAL, false);
        String ethnicity = c.text(ImportKind.P_ETHNICITY, 10);
        PriorAttainment prior = c.oneOf(ImportKind.P_PRIOR, PriorAttainment.class, false);
        LocalDate joined = c.date(ImportKind.P_JOINED, false);
        LocalDate left = c.date(ImportKind.P_LEFT, false);
        if (joined != null && left != null && left.isBefore(joined)) {
            c.fail(ImportKind.P_LEFT, "must not be before joinedOn (" + joined + ")");
        }
        if (c.failed) {
            return null;
        }
        return new PupilValues(school, upn, first, last, dob, sex, year, className, disadvantaged,
                fsm != null && fsm, sen == null ? SenStatus.NONE : sen, eal != null && eal, ethnicity, prior, joined, left);
    }

    /** Checks an assessment row's own fields; null when it has errors. */
    public AssessmentValues assessment(ImportRow row, Consumer<RowError> errors) {
        Check c = new Check(row, errors);
        UUID school = c.school(ImportKind.A_SCHOOL);
        String upn = c.upn(ImportKind.A_UPN);
        String year = c.academicYear(ImportKind.A_YEAR);
        Term term = c.oneOf(ImportKind.A_TERM, Term.class, true);
        Subject subject = c.oneOf(ImportKind.A_SUBJECT, Subject.class, true);
        AssessmentSource source = c.oneOf(ImportKind.A_SOURCE, AssessmentSource.class, false);
        String judgementText = row.values()[ImportKind.A_JUDGEMENT];
        String scoreText = row.values()[ImportKind.A_SCORE];
        if (source == null && row.values()[ImportKind.A_SOURCE] == null) {
            source = scoreText != null && judgementText == null ? AssessmentSource.TEST : AssessmentSource.TEACHER_ASSESSMENT;
        }
        Judgement judgement = null;
        Integer score = null;
        if (source == AssessmentSource.TEST) {
            score = c.scaledScore(ImportKind.A_SCORE);
            if (judgementText != null) {
                c.fail(ImportKind.A_JUDGEMENT, "must be empty for a test (a test has a scaled score)");
            }
        } else if (source == AssessmentSource.TEACHER_ASSESSMENT) {
            judgement = c.oneOf(ImportKind.A_JUDGEMENT, Judgement.class, true);
            if (scoreText != null) {
                c.fail(ImportKind.A_SCORE, "must be empty for a teacher assessment (it has a judgement)");
            }
        }
        Integer yearGroup = c.yearGroup(ImportKind.A_YEAR_GROUP, false);
        if (c.failed) {
            return null;
        }
        return new AssessmentValues(school, upn, year, term, subject, source, judgement, score, yearGroup);
    }

    /** Reports a problem with a row that is not about one field's own value (e.g. a reference or a duplicate). */
    public RowError error(ImportRow row, int column, String message) {
        return RowError.of(row.line(), row.field(column, json), message, row.values()[column]);
    }

    private final class Check {
        final ImportRow row;
        final Consumer<RowError> errors;
        boolean failed;

        Check(ImportRow row, Consumer<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        String value(int column) {
            return row.values()[column];
        }

        void fail(int column, String message) {
            failed = true;
            errors.accept(error(row, column, message));
        }

        String required(int column) {
            String v = value(column);
            if (v == null) {
                fail(column, "is required");
            }
            return v;
        }

        UUID school(int column) {
            String v = value(column);
            if (v == null) {
                if (defaultSchool != null) {
                    return defaultSchool;
                }
                fail(column, "is required (or give the import's schoolId parameter)");
                return null;
            }
            Object known = schoolCache.computeIfAbsent(v, text -> {
                try {
                    UUID id = UUID.fromString(text);
                    // the same answer for a school of another trust and one that does not exist
                    return allowedSchools.contains(id) ? id : "is not a school you may import into";
                } catch (IllegalArgumentException e) {
                    return "must be a school id (a UUID)";
                }
            });
            if (known instanceof UUID id) {
                return id;
            }
            fail(column, (String) known);
            return null;
        }

        String upn(int column) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            String upn = v.toUpperCase(Locale.ROOT);
            String problem = upnCache.computeIfAbsent(upn, u -> {
                String p = Upn.problem(u);
                return p == null ? OK : p;
            });
            if (!problem.isEmpty()) {
                fail(column, problem);
                return null;
            }
            return upn;
        }

        String name(int column) {
            String v = required(column);
            if (v != null && v.length() > 100) {
                fail(column, "must be at most 100 characters");
            }
            return v;
        }

        String text(int column, int max) {
            String v = value(column);
            if (v != null && v.length() > max) {
                fail(column, "must be at most " + max + " characters");
            }
            return v;
        }

        LocalDate date(int column, boolean required) {
            String v = required ? required(column) : value(column);
            if (v == null) {
                return null;
            }
            try {
                return v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                fail(column, "must be a date (YYYY-MM-DD, or DD/MM/YYYY)");
                return null;
            }
        }

        Sex sex(int column) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "M", "MALE" -> Sex.M;
                case "F", "FEMALE" -> Sex.F;
                default -> {
                    fail(column, "must be M or F");
                    yield null;
                }
            };
        }

        Integer yearGroup(int column, boolean required) {
            String v = required ? required(column) : value(column);
            if (v == null) {
                return null;
            }
            if (v.equalsIgnoreCase("R")) {
                return 0;
            }
            try {
                int y = Integer.parseInt(v);
                if (y >= 0 && y <= 13) {
                    return y;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            fail(column, "must be a National Curriculum year from 0 (Reception, or R) to 13");
            return null;
        }

        Boolean bool(int column, boolean required) {
            String v = required ? required(column) : value(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "y", "yes", "1" -> true;
                case "false", "n", "no", "0" -> false;
                default -> {
                    fail(column, "must be true or false (or Y/N)");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E oneOf(int column, Class<E> type, boolean required) {
            String v = required ? required(column) : value(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        String academicYear(int column) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            String problem = yearCache.computeIfAbsent(v, y -> {
                String p = AcademicYear.problem(y);
                return p == null ? OK : p;
            });
            if (!problem.isEmpty()) {
                fail(column, problem);
                return null;
            }
            return v;
        }

        Integer scaledScore(int column) {
            String v = value(column);
            if (v == null) {
                fail(column, "is required for a test");
                return null;
            }
            try {
                int s = Integer.parseInt(v);
                if (s >= 80 && s <= 120) {
                    return s;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            fail(column, "must be a whole-number scaled score between 80 and 120");
            return null;
        }
    }
}
