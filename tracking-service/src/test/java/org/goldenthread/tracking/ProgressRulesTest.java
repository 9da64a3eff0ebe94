package org.goldenthread.tracking;

import org.goldenthread.tracking.domain.AcademicYear;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.ProgressFlag;
import org.goldenthread.tracking.domain.ProgressRules;
import org.goldenthread.tracking.domain.ProgressRules.TermResult;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.domain.TermPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Plain rules, but run inside the one Quarkus test application: a plain test in the same JVM loads
 * the service's classes outside Quarkus's class loader, which then breaks the Quarkus tests.
 */
@io.quarkus.test.junit.QuarkusTest
@io.quarkus.test.common.WithTestResource(value = org.goldenthread.devstack.DevstackResource.class,
        scope = io.quarkus.test.common.TestResourceScope.GLOBAL,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "tracking"))
class ProgressRulesTest {
    private static final AcademicYear LAST_YEAR = AcademicYear.parse("2025-26");
    private static final AcademicYear THIS_YEAR = AcademicYear.parse("2026-27");

    private static TermResult at(AcademicYear year, Term term, Judgement j) {
        return new TermResult(new TermPoint(year, term), j.level());
    }

    private static ProgressFlag flag(List<TermResult> record, Term asOf, Judgement target) {
        ProgressRules.Progress p = ProgressRules.evaluate(record, new TermPoint(THIS_YEAR, asOf),
                y -> target == null ? null : target.level());
        return p == null ? null : p.flag();
    }

    @Test
    void atTargetAndSteadyIsOnTrack() {
        assertEquals(ProgressFlag.ON_TRACK, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.EXS),
                at(THIS_YEAR, Term.SPRING, Judgement.EXS)), Term.SPRING, Judgement.EXS));
        // no target set: the expected standard is the target
        assertEquals(ProgressFlag.ON_TRACK, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.GDS)), Term.AUTUMN, null));
    }

    @Test
    void catchingUpToTheTargetIsAccelerated() {
        assertEquals(ProgressFlag.ACCELERATED, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.WTS),
                at(THIS_YEAR, Term.SPRING, Judgement.EXS)), Term.SPRING, Judgement.EXS));
        assertEquals(ProgressFlag.ACCELERATED, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.EXS),
                at(THIS_YEAR, Term.SPRING, Judgement.GDS)), Term.SPRING, Judgement.EXS));
    }

    @Test
    void belowTheTargetIsFallingBehind() {
        // dropped from expected to working towards
        assertEquals(ProgressFlag.FALLING_BEHIND, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.EXS),
                at(THIS_YEAR, Term.SPRING, Judgement.WTS)), Term.SPRING, Judgement.EXS));
        // at the expected standard but the target is greater depth
        assertEquals(ProgressFlag.FALLING_BEHIND, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.EXS)), Term.AUTUMN, Judgement.GDS));
        // moving up, but not yet at the target: still behind (slow-moving), not stuck
        assertEquals(ProgressFlag.FALLING_BEHIND, flag(List.of(at(LAST_YEAR, Term.SUMMER, Judgement.PKS),
                at(THIS_YEAR, Term.AUTUMN, Judgement.WTS), at(THIS_YEAR, Term.SPRING, Judgement.WTS)), Term.SPRING, Judgement.EXS));
    }

    @Test
    void belowExpectedAndNotMovingForTwoTermsIsStuckAcrossTheSummer() {
        assertEquals(ProgressFlag.STUCK, flag(List.of(at(LAST_YEAR, Term.SUMMER, Judgement.WTS),
                at(THIS_YEAR, Term.AUTUMN, Judgement.WTS), at(THIS_YEAR, Term.SPRING, Judgement.WTS)), Term.SPRING, Judgement.EXS));
        // slipping back counts as not moving
        assertEquals(ProgressFlag.STUCK, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.WTS),
                at(THIS_YEAR, Term.SPRING, Judgement.WTS), at(THIS_YEAR, Term.SUMMER, Judgement.BLW)), Term.SUMMER, Judgement.EXS));
        // stuck below expected even when the (low) target is met
        assertEquals(ProgressFlag.STUCK, flag(List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.WTS),
                at(THIS_YEAR, Term.SPRING, Judgement.WTS), at(THIS_YEAR, Term.SUMMER, Judgement.WTS)), Term.SUMMER, Judgement.WTS));
    }

    @Test
    void aMissingTermMeansNotEnoughEvidenceToCallItStuck() {
        assertEquals(ProgressFlag.FALLING_BEHIND, flag(List.of(at(LAST_YEAR, Term.SPRING, Judgement.WTS),
                at(THIS_YEAR, Term.AUTUMN, Judgement.WTS), at(THIS_YEAR, Term.SPRING, Judgement.WTS)), Term.SPRING, Judgement.EXS));
    }

    @Test
    void laterResultsAreIgnoredAndNoResultMeansNoFlag() {
        List<TermResult> record = List.of(at(THIS_YEAR, Term.AUTUMN, Judgement.EXS), at(THIS_YEAR, Term.SPRING, Judgement.WTS));
        assertEquals(ProgressFlag.ON_TRACK, flag(record, Term.AUTUMN, Judgement.EXS));
        assertEquals(ProgressFlag.FALLING_BEHIND, flag(record, Term.SPRING, Judgement.EXS));
        assertNull(flag(List.of(at(THIS_YEAR, Term.SUMMER, Judgement.EXS)), Term.SPRING, null));
    }

    @Test
    void testsAndTeacherAssessmentsShareOneScale() {
        // a scaled score of 99 is below the expected standard (level 2), 100 meets it, 110 is the higher standard
        assertEquals(2, org.goldenthread.tracking.domain.Attainment.level(null, 99));
        assertEquals(3, org.goldenthread.tracking.domain.Attainment.level(null, 100));
        assertEquals(4, org.goldenthread.tracking.domain.Attainment.level(null, 110));
    }
}
