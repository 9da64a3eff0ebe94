package org.goldenthread.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The files an MIS sends to {@code POST /api/v1/imports} (the tracking-service's CSV layout): pupils first, then
 * their teacher assessments. Generated from a seed, so the same options give the same files.
 */
public final class MisFiles {

    public static final String PUPILS_HEADER = "schoolId,upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged";
    public static final String ASSESSMENTS_HEADER = "schoolId,upn,academicYear,term,subject,source,judgement";

    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Ivy",
            "Muhammad", "Freya", "Leo", "Lily", "Harry", "Florence", "Oscar", "Willow", "Archie", "Rosie", "Jack",
            "Sophia", "Charlie", "Grace", "Theo", "Evie", "Alfie", "Poppy", "Freddie", "Ella", "Henry"};
    private static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan",
            "Wood", "Clarke", "Jackson", "Hughes", "Edwards", "Hussain", "Lewis", "Turner", "Hill", "Cooper", "Ward"};
    /** A primary cohort's spread of teacher assessments: mostly at the expected standard. */
    private static final String[] JUDGEMENTS = {"PKS", "WTS", "WTS", "WTS", "EXS", "EXS", "EXS", "EXS", "EXS", "EXS",
            "EXS", "GDS", "GDS"};

    private MisFiles() {
    }

    /** One pupil as the MIS holds them. */
    public record Pupil(UUID schoolId, String upn, String firstName, String lastName, LocalDate dateOfBirth, char sex,
            int yearGroup, boolean disadvantaged) {
    }

    /**
     * {@code perSchool} pupils in each school, spread over {@code yearGroups}, about a quarter disadvantaged, with
     * dates of birth that fit their year group in {@code academicYear} (e.g. 2026-27). UPNs are unique across the
     * call, serials from {@code firstSerial}.
     */
    public static List<Pupil> pupils(List<UUID> schools, int perSchool, int[] yearGroups, String academicYear,
            long firstSerial, long seed) {
        if (yearGroups.length == 0) {
            throw new IllegalArgumentException("at least one year group");
        }
        int startYear = Integer.parseInt(academicYear.substring(0, 4));
        Random random = new Random(seed);
        List<Pupil> pupils = new ArrayList<>(schools.size() * perSchool);
        long serial = firstSerial;
        for (UUID school : schools) {
            for (int i = 0; i < perSchool; i++) {
                int yearGroup = yearGroups[i % yearGroups.length];
                // Year 1 in 2026-27 was born between 1 September 2020 and 31 August 2021
                LocalDate born = LocalDate.of(startYear - 5 - yearGroup, 9, 1).plusDays(random.nextInt(365));
                pupils.add(new Pupil(school, Upns.of(850, serial++), FIRST[random.nextInt(FIRST.length)],
                        LAST[random.nextInt(LAST.length)], born, random.nextBoolean() ? 'F' : 'M', yearGroup,
                        random.nextInt(4) == 0));
            }
        }
        return pupils;
    }

    public static byte[] pupilsCsv(List<Pupil> pupils) {
        StringBuilder b = new StringBuilder(pupils.size() * 110).append(PUPILS_HEADER).append('\n');
        for (Pupil p : pupils) {
            b.append(p.schoolId()).append(',').append(p.upn()).append(',').append(p.firstName()).append(',')
                    .append(p.lastName()).append(',').append(p.dateOfBirth()).append(',').append(p.sex()).append(',')
                    .append(p.yearGroup()).append(',').append(p.disadvantaged()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Decides a teacher assessment: pupil (index in the list), term and subject (indexes in the lists given). */
    @FunctionalInterface
    public interface Judgements {
        String judgement(int pupil, int term, int subject);
    }

    /** A realistic spread: each pupil's level per subject from the seed, sometimes one step up in a later term. */
    public static Judgements typical(long seed) {
        return (pupil, term, subject) -> {
            Random r = new Random(seed ^ (pupil * 31L + subject) * 0x9E3779B97F4A7C15L);
            int level = r.nextInt(JUDGEMENTS.length);
            for (int t = 1; t <= term; t++) {
                if (r.nextInt(5) == 0 && level < JUDGEMENTS.length - 1) {
                    level++;
                }
            }
            return JUDGEMENTS[level];
        };
    }

    /**
     * One teacher assessment per pupil × term × subject, terms outermost (as an MIS exports a term at a time):
     * {@code pupils × terms × subjects} rows after the header.
     */
    public static byte[] assessmentsCsv(List<Pupil> pupils, String academicYear, List<String> terms,
            List<String> subjects, Judgements judgements) {
        StringBuilder b = new StringBuilder(pupils.size() * terms.size() * subjects.size() * 100)
                .append(ASSESSMENTS_HEADER).append('\n');
        for (int t = 0; t < terms.size(); t++) {
            for (int p = 0; p < pupils.size(); p++) {
                Pupil pupil = pupils.get(p);
                for (int s = 0; s < subjects.size(); s++) {
                    b.append(pupil.schoolId()).append(',').append(pupil.upn()).append(',').append(academicYear)
                            .append(',').append(terms.get(t)).append(',').append(subjects.get(s))
                            .append(",TEACHER_ASSESSMENT,").append(judgements.judgement(p, t, s)).append('\n');
                }
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
