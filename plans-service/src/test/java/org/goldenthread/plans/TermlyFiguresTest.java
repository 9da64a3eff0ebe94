package org.goldenthread.plans;

import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.Metric;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.Subject;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.domain.TermlyResult;
import org.goldenthread.plans.domain.TermlyResults;
import org.goldenthread.plans.service.Observation;
import org.goldenthread.plans.service.TermlyFigures;
import org.goldenthread.plans.service.TermlyFigures.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a TRACKING measure reads its figure from published termly results (unit, no database). */
class TermlyFiguresTest {
    private static final TermOfYear AUTUMN = new TermOfYear("2026-27", Term.AUTUMN);
    private static final TermOfYear SPRING = new TermOfYear("2026-27", Term.SPRING);
    private static final TermOfYear SUMMER = new TermOfYear("2026-27", Term.SUMMER);

    private static Measure measure(Subject subject, List<Integer> years, PupilGroup group, Metric metric, String target) {
        return Measure.tracking(subject, years, group, metric, Comparator.AT_LEAST, new BigDecimal(target));
    }

    /** A row with the school's exact % at or above expected (and the published, rounded figure). */
    private static TermlyResult exact(int year, Subject subject, PupilGroup group, int cohort, String pct) {
        TermlyResult r = published(year, subject, group, cohort, new BigDecimal(pct).setScale(0, RoundingMode.HALF_UP).intValue());
        r.exactGiven = true;
        r.exactPctAtOrAboveExpected = new BigDecimal(pct);
        return r;
    }

    private static TermlyResult published(int year, Subject subject, PupilGroup group, int cohort, Integer pct) {
        TermlyResult r = new TermlyResult();
        r.yearGroup = year;
        r.subject = subject;
        r.pupilGroup = group;
        r.cohort = cohort;
        r.suppressed = cohort >= 1 && cohort <= 5;
        r.pctAtOrAboveExpected = r.suppressed ? null : pct;
        return r;
    }

    private static TermlyResults held(TermOfYear term, TermlyResult... rows) {
        TermlyResults t = new TermlyResults();
        t.id = UUID.randomUUID();
        t.academicYear = term.academicYear();
        t.term = term.term();
        t.version = 1;
        t.eventId = UUID.randomUUID();
        t.eventType = "org.goldenthread.tracking.termly-results-published.v1";
        t.results = List.of(rows);
        return t;
    }

    private final Measure year4Writing = measure(Subject.WRITING, List.of(4), PupilGroup.DISADVANTAGED,
            Metric.PCT_AT_OR_ABOVE_EXPECTED, "65");

    @Test
    void oneYearGroupTakesTheSchoolsExactFigureOverThePublishedOne() {
        Figure f = TermlyFigures.figure(year4Writing, List.of(
                exact(4, Subject.WRITING, PupilGroup.ALL, 90, "75.6"),
                exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, "67.9"))).orElseThrow();
        assertEquals(new BigDecimal("67.9"), f.value());
        assertEquals(28, f.cohort());
        Figure publishedOnly = TermlyFigures.figure(year4Writing, List.of(
                published(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, 68))).orElseThrow();
        assertEquals(new BigDecimal("68"), publishedOnly.value());
    }

    @Test
    void severalYearGroupsSumPupilsNotPercentages() {
        Measure maths = measure(Subject.MATHS, List.of(3, 4), PupilGroup.ALL, Metric.PCT_AT_OR_ABOVE_EXPECTED, "69");
        // 18 of 30 and 16 of 20: 34 of 50 = 68.0%; the average of 60% and 80% would say 70%
        Figure f = TermlyFigures.figure(maths, List.of(
                exact(3, Subject.MATHS, PupilGroup.ALL, 30, "60.0"),
                exact(4, Subject.MATHS, PupilGroup.ALL, 20, "80.0"),
                exact(5, Subject.MATHS, PupilGroup.ALL, 25, "20.0"))).orElseThrow();
        assertEquals(new BigDecimal("68.0"), f.value());
        assertEquals(50, f.cohort());
    }

    @Test
    void anAverageScaledScoreIsWeightedByCohort() {
        Measure reading = measure(Subject.READING, List.of(5, 6), PupilGroup.ALL, Metric.AVG_SCALED_SCORE, "104");
        TermlyResult five = published(5, Subject.READING, PupilGroup.ALL, 10, 70);
        five.averageScaledScore = 100;
        TermlyResult six = published(6, Subject.READING, PupilGroup.ALL, 30, 80);
        six.averageScaledScore = 106;
        assertEquals(new BigDecimal("104.5"), TermlyFigures.figure(reading, List.of(five, six)).orElseThrow().value());
    }

    @Test
    void aDisadvantagedGapOverSeveralYearGroupsComparesTheCombinedGroups() {
        Measure gap = measure(Subject.WRITING, List.of(3, 4), PupilGroup.DISADVANTAGED, Metric.GAP_DISADVANTAGED, "-5");
        // disadvantaged: 2 of 5 and 12 of 15 = 70%; others: 20 of 25 and 9 of 15 = 72.5%; gap -2.5
        // (the average of the two year groups' gaps, -40 and +20, would say -10)
        Figure f = TermlyFigures.figure(gap, List.of(
                exact(3, Subject.WRITING, PupilGroup.DISADVANTAGED, 5, "40.0"),
                exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 15, "80.0"),
                exact(3, Subject.WRITING, PupilGroup.NOT_DISADVANTAGED, 25, "80.0"),
                exact(4, Subject.WRITING, PupilGroup.NOT_DISADVANTAGED, 15, "60.0"))).orElseThrow();
        assertEquals(new BigDecimal("-2.5"), f.value());
        assertEquals(20, f.cohort());
        // one year group: the gap published on the disadvantaged row
        TermlyResult row = exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, "67.9");
        row.exactDisadvantagedGap = new BigDecimal("-11.1");
        assertEquals(new BigDecimal("-11.1"), TermlyFigures.figure(measure(Subject.WRITING, List.of(4), PupilGroup.DISADVANTAGED,
                Metric.GAP_DISADVANTAGED, "-5"), List.of(row)).orElseThrow().value());
    }

    @Test
    void aSuppressedYearGroupLeavesTheCombinedFigureUnknownAndAnEmptyOneAddsNothing() {
        Measure writing = measure(Subject.WRITING, List.of(3, 4, 5), PupilGroup.DISADVANTAGED, Metric.PCT_AT_OR_ABOVE_EXPECTED, "60");
        assertTrue(TermlyFigures.figure(writing, List.of(
                published(3, Subject.WRITING, PupilGroup.DISADVANTAGED, 12, 50),
                published(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 4, null))).isEmpty());
        Figure f = TermlyFigures.figure(writing, List.of(
                published(3, Subject.WRITING, PupilGroup.DISADVANTAGED, 12, 50),
                published(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 0, null))).orElseThrow();
        assertEquals(new BigDecimal("50.0"), f.value());
        assertEquals(12, f.cohort());
        assertTrue(TermlyFigures.figure(year4Writing, List.of(exact(4, Subject.READING, PupilGroup.DISADVANTAGED, 28, "70.0"))).isEmpty());
    }

    @Test
    void theLatestTermUpToTheDueTermDecides() {
        TermlyResults autumn = held(AUTUMN, exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, "57.1"));
        TermlyResults spring = held(SPRING, exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, "67.9"));
        TermlyResults summer = held(SUMMER, exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 28, "75.0"));
        List<TermlyResults> all = List.of(summer, autumn, spring);

        Observation forSpring = TermlyFigures.latest(year4Writing, SPRING, all).orElseThrow();
        assertEquals(new BigDecimal("67.9"), forSpring.value());
        assertEquals(SPRING, forSpring.term());
        assertEquals(spring.eventId, forSpring.sourceEventId());
        assertEquals(new BigDecimal("57.1"), TermlyFigures.latest(year4Writing, AUTUMN, all).orElseThrow().value(),
                "later results are no evidence for an earlier milestone");
        assertEquals(SUMMER, TermlyFigures.latest(year4Writing, SUMMER, all).orElseThrow().term());

        TermlyResults springWithoutIt = held(SPRING, exact(4, Subject.READING, PupilGroup.DISADVANTAGED, 28, "70.0"));
        assertEquals(AUTUMN, TermlyFigures.latest(year4Writing, SPRING, List.of(autumn, springWithoutIt)).orElseThrow().term());
        TermlyResults lastYear = held(new TermOfYear("2025-26", Term.SUMMER), exact(4, Subject.WRITING, PupilGroup.DISADVANTAGED, 30, "70.0"));
        assertEquals(Optional.empty(), TermlyFigures.latest(year4Writing, SPRING, List.of(lastYear)), "another academic year's cohort");
    }
}
