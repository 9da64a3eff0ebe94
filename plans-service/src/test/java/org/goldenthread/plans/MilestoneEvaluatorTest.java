package org.goldenthread.plans;

import org.goldenthread.plans.domain.ActivityType;
import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.Metric;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.Subject;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.service.Evaluation;
import org.goldenthread.plans.service.MilestoneEvaluator;
import org.goldenthread.plans.service.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The status rule of milestones, without a database: the evidence's term against the due term, value against target. */
class MilestoneEvaluatorTest {
    private static final TermOfYear SPRING = new TermOfYear("2026-27", Term.SPRING);
    private static final TermOfYear AUTUMN = new TermOfYear("2026-27", Term.AUTUMN);
    private static final TermOfYear SUMMER = new TermOfYear("2026-27", Term.SUMMER);
    private static final UUID EVENT = UUID.fromString("1b6f3c2a-9d4e-4f7a-8b1c-2e3d4f5a6b7c");
    private static final String PUBLISHED = "org.goldenthread.tracking.termly-results-published.v1";

    private final Measure writing = Measure.tracking(Subject.WRITING, List.of(4), PupilGroup.DISADVANTAGED,
            Metric.PCT_AT_OR_ABOVE_EXPECTED, Comparator.AT_LEAST, new BigDecimal("65"));

    private static Optional<Observation> seen(String value, TermOfYear term) {
        return Optional.of(new Observation(new BigDecimal(value), term, 28, EVENT, PUBLISHED));
    }

    @Test
    void resultsForTheDueTermThatReachTheTargetMeetTheMilestone() {
        Evaluation e = MilestoneEvaluator.evaluate(writing, SPRING, seen("67.9", SPRING));
        assertEquals(MilestoneStatus.MET, e.status());
        assertEquals("MET: 67.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event 1b6f3c2a-9d4e-4f7a-8b1c-2e3d4f5a6b7c", e.explanation());
        assertEquals(new BigDecimal("67.9"), e.observedValue());
        assertEquals(new BigDecimal("65"), e.target());
        assertEquals(Comparator.AT_LEAST, e.comparator());
        assertEquals(EVENT, e.sourceEventId());
        assertEquals(PUBLISHED, e.sourceEventType());
    }

    @Test
    void exactlyTheTargetMeetsIt() {
        assertEquals(MilestoneStatus.MET, MilestoneEvaluator.evaluate(writing, SPRING, seen("65.0", SPRING)).status());
    }

    @Test
    void resultsForTheDueTermBelowTheTargetDoNotMeetIt() {
        Evaluation e = MilestoneEvaluator.evaluate(writing, SPRING, seen("64.9", SPRING));
        assertEquals(MilestoneStatus.NOT_MET, e.status());
        assertEquals("NOT_MET: 64.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, "
                + "target ≥ 65%, from event " + EVENT, e.explanation());
    }

    @Test
    void earlierResultsSayOnTrackOrAtRisk() {
        Evaluation ahead = MilestoneEvaluator.evaluate(writing, SPRING, seen("66", AUTUMN));
        assertEquals(MilestoneStatus.ON_TRACK, ahead.status());
        assertEquals("ON_TRACK: 66% of disadvantaged pupils in Year 4 (28) at or above expected in writing, autumn 2026-27, "
                + "target ≥ 65% by spring 2026-27, from event " + EVENT, ahead.explanation());
        assertEquals(MilestoneStatus.AT_RISK, MilestoneEvaluator.evaluate(writing, SPRING, seen("52", AUTUMN)).status());
        assertEquals(MilestoneStatus.AT_RISK, MilestoneEvaluator.evaluate(writing, SUMMER,
                seen("52", new TermOfYear("2025-26", Term.SUMMER))).status());
    }

    @Test
    void laterResultsDecideTheMilestoneAsAtItsDueTerm() {
        assertEquals(MilestoneStatus.MET, MilestoneEvaluator.evaluate(writing, AUTUMN, seen("70", SUMMER)).status());
    }

    @Test
    void noEvidenceMeansNotDue() {
        Evaluation e = MilestoneEvaluator.evaluate(writing, SPRING, Optional.empty());
        assertEquals(MilestoneStatus.NOT_DUE, e.status());
        assertNull(e.observedValue());
        assertEquals("NOT_DUE: no published results yet for disadvantaged pupils in Year 4 in writing; due spring 2026-27", e.explanation());
    }

    @Test
    void atMostTargetsAreMetFromBelow() {
        Measure belowExpectedAtMost = Measure.tracking(Subject.READING, List.of(3, 4, 5, 6), PupilGroup.ALL,
                Metric.AVG_SCALED_SCORE, Comparator.AT_MOST, new BigDecimal("104"));
        assertEquals(MilestoneStatus.MET, MilestoneEvaluator.evaluate(belowExpectedAtMost, SPRING, seen("103.4", SPRING)).status());
        Evaluation over = MilestoneEvaluator.evaluate(belowExpectedAtMost, SPRING, seen("104.1", SPRING));
        assertEquals(MilestoneStatus.NOT_MET, over.status());
        assertEquals("NOT_MET: average scaled score 104.1 for pupils in Years 3–6 (28) in reading, spring 2026-27, target ≤ 104, from event "
                + EVENT, over.explanation());
    }

    @Test
    void disadvantagedGapReadsInPoints() {
        Measure gap = Measure.tracking(Subject.RWM, List.of(0, 1, 2), PupilGroup.DISADVANTAGED, Metric.GAP_DISADVANTAGED,
                Comparator.AT_LEAST, new BigDecimal("-5"));
        Evaluation e = MilestoneEvaluator.evaluate(gap, SUMMER, seen("-11.1", SPRING));
        assertEquals(MilestoneStatus.AT_RISK, e.status());
        assertEquals("AT_RISK: disadvantaged gap of -11.1 points in Reception to Year 2 reading, writing and maths combined "
                + "(disadvantaged minus other pupils at or above expected), spring 2026-27, target ≥ -5 points by summer 2026-27, from event "
                + EVENT, e.explanation());
    }

    @Test
    void aJudgementAtOrBetterThanTheThresholdMeetsAMonitoringMeasure() {
        Measure scrutiny = Measure.monitoring(ActivityType.WORK_SCRUTINY, "developmental-marking", 2, Subject.WRITING);
        UUID finding = UUID.randomUUID();
        Evaluation three = MilestoneEvaluator.evaluate(scrutiny, SUMMER, Optional.of(new Observation(BigDecimal.valueOf(3), SPRING,
                null, finding, "org.goldenthread.monitoring.finding-recorded.v1")));
        assertEquals(MilestoneStatus.AT_RISK, three.status());
        assertEquals("AT_RISK: work scrutiny on developmental-marking judged 3 (An aspect in need of some improvement requiring future action(s)), spring 2026-27, "
                + "needs 2 or better by summer 2026-27, from event " + finding, three.explanation());
        assertEquals(Comparator.AT_MOST, three.comparator());
        assertEquals(BigDecimal.valueOf(2), three.target());
        assertEquals(MilestoneStatus.MET, MilestoneEvaluator.evaluate(scrutiny, SUMMER, Optional.of(new Observation(
                BigDecimal.valueOf(2), SUMMER, null, finding, "org.goldenthread.monitoring.finding-updated.v1"))).status());
        assertEquals(MilestoneStatus.MET, MilestoneEvaluator.evaluate(scrutiny, SUMMER, Optional.of(new Observation(
                BigDecimal.ONE, SUMMER, null, finding, "org.goldenthread.monitoring.finding-updated.v1"))).status());
        assertEquals(MilestoneStatus.NOT_MET, MilestoneEvaluator.evaluate(scrutiny, SPRING, Optional.of(new Observation(
                BigDecimal.valueOf(4), SPRING, null, finding, "org.goldenthread.monitoring.finding-updated.v1"))).status());
    }

    @Test
    void manualMeasuresAreNotEvaluatedFromEvidence() {
        assertThrows(IllegalArgumentException.class, () -> MilestoneEvaluator.evaluate(Measure.manual(), SPRING, Optional.empty()));
    }
}
