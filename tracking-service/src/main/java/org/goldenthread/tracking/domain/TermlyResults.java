package org.goldenthread.tracking.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes termly results from pupil-level results (DESIGN.md, Tracking). A pupil's result in a
 * subject for the term is their test when they sat one, otherwise their teacher assessment. RWM
 * counts every pupil with a reading, writing or maths result; they are at the expected (or higher)
 * standard only when they are in all three (a missing subject counts as not met, as in the KS2
 * tables). On track = at or above the end-of-year target (the expected standard with no target).
 * Each year group × subject with at least one pupil gets a row for every pupil group; an empty
 * group's row has no figures.
 */
public final class TermlyResults {
    private TermlyResults() {
    }

    /** One pupil's characteristics and their results this term. */
    public static final class PupilResults {
        final Sex sex;
        final boolean disadvantaged;
        final SenStatus sen;
        final boolean eal;
        final PriorAttainment prior;
        final Map<Subject, Result> bySubject = new EnumMap<>(Subject.class);

        public PupilResults(Sex sex, boolean disadvantaged, SenStatus sen, boolean eal, PriorAttainment prior) {
            this.sex = sex;
            this.disadvantaged = disadvantaged;
            this.sen = sen;
            this.eal = eal;
            this.prior = prior;
        }

        /** Adds an assessment; a test wins over a teacher assessment in the same subject. */
        public void add(Subject subject, AssessmentSource source, Judgement judgement, Integer scaledScore, int yearGroup,
                        Judgement target) {
            Result existing = bySubject.get(subject);
            if (existing != null && existing.source == AssessmentSource.TEST && source != AssessmentSource.TEST) {
                return;
            }
            int level = Attainment.level(judgement, scaledScore);
            int goal = target == null ? Attainment.EXPECTED_LEVEL : target.level();
            bySubject.put(subject, new Result(source, level, scaledScore, yearGroup, level >= goal));
        }

        boolean in(PupilGroup group) {
            return group.includes(sex, disadvantaged, sen, eal, prior);
        }
    }

    record Result(AssessmentSource source, int level, Integer scaledScore, int yearGroup, boolean onTrack) {
        boolean expected() {
            return level >= Attainment.EXPECTED_LEVEL;
        }

        boolean high() {
            return level >= 4;
        }
    }

    /** The counts of every row, in row order. */
    public static SortedMap<ResultsRow.Key, GroupCounts> counts(Iterable<PupilResults> pupils) {
        Map<ResultsRow.Key, GroupCounts> counts = new HashMap<>();
        for (PupilResults p : pupils) {
            for (Map.Entry<Subject, Result> e : p.bySubject.entrySet()) {
                Result r = e.getValue();
                add(counts, p, r.yearGroup(), ResultsSubject.of(e.getKey()), r.expected(), r.high(), r.onTrack(), r.scaledScore());
            }
            Result reading = p.bySubject.get(Subject.READING);
            Result writing = p.bySubject.get(Subject.WRITING);
            Result maths = p.bySubject.get(Subject.MATHS);
            if (reading != null || writing != null || maths != null) {
                boolean all = reading != null && writing != null && maths != null;
                int yearGroup = reading != null ? reading.yearGroup() : writing != null ? writing.yearGroup() : maths.yearGroup();
                add(counts, p, yearGroup, ResultsSubject.RWM,
                        all && reading.expected() && writing.expected() && maths.expected(),
                        all && reading.high() && writing.high() && maths.high(),
                        all && reading.onTrack() && writing.onTrack() && maths.onTrack(), null);
            }
        }
        SortedMap<ResultsRow.Key, GroupCounts> rows = new TreeMap<>();
        for (Map.Entry<ResultsRow.Key, GroupCounts> e : counts.entrySet()) {
            if (e.getKey().pupilGroup() == PupilGroup.ALL) {
                for (PupilGroup g : PupilGroup.values()) {
                    ResultsRow.Key k = new ResultsRow.Key(e.getKey().yearGroup(), e.getKey().subject(), g);
                    rows.put(k, counts.getOrDefault(k, GroupCounts.EMPTY));
                }
            }
        }
        return rows;
    }

    private static void add(Map<ResultsRow.Key, GroupCounts> counts, PupilResults p, int yearGroup, ResultsSubject subject,
                            boolean expected, boolean high, boolean onTrack, Integer scaledScore) {
        for (PupilGroup g : PupilGroup.values()) {
            if (p.in(g)) {
                counts.merge(new ResultsRow.Key(yearGroup, subject, g),
                        GroupCounts.EMPTY.plus(expected, high, onTrack, scaledScore), GroupCounts::plus);
            }
        }
    }

    /** Rows with figures; exact figures only when {@code withExact}. */
    public static List<ResultsRow> rows(SortedMap<ResultsRow.Key, GroupCounts> counts, boolean withExact,
                                        Predicate<ResultsRow.Key> filter) {
        List<ResultsRow> rows = new ArrayList<>();
        for (Map.Entry<ResultsRow.Key, GroupCounts> e : counts.entrySet()) {
            ResultsRow.Key k = e.getKey();
            if (!filter.test(k)) {
                continue;
            }
            PupilGroup partnerGroup = TermlyFigures.partnerOf(k.pupilGroup());
            GroupCounts partner = partnerGroup == null ? null
                    : counts.getOrDefault(new ResultsRow.Key(k.yearGroup(), k.subject(), partnerGroup), GroupCounts.EMPTY);
            boolean combined = k.subject() == ResultsSubject.RWM;
            rows.add(new ResultsRow(k.yearGroup(), k.subject(), k.pupilGroup(), e.getValue().cohort(),
                    withExact ? TermlyFigures.exact(k.pupilGroup(), e.getValue(), partner, combined) : null,
                    TermlyFigures.published(k.pupilGroup(), e.getValue(), partner, combined)));
        }
        return rows;
    }

    /** A stable digest of the counts: equal digests mean nothing changed since the last publication. */
    public static String fingerprint(SortedMap<ResultsRow.Key, GroupCounts> counts) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Map.Entry<ResultsRow.Key, GroupCounts> e : counts.entrySet()) {
                digest.update((e.getKey() + "=" + e.getValue() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
