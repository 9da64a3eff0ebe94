package org.goldenthread.tracking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Progress flags from a pupil's term-by-term record in one subject. Each term's result is the
 * pupil's attainment level that term ({@link Attainment}: 1 PKS/BLW, 2 WTS or scaled score below
 * 100, 3 EXS or 100–109, 4 GDS or 110+). The target is the end-of-year target for the academic
 * year of the latest result, as a level; with no target set it is the expected standard (EXS).
 *
 * <p>The rules, applied in this order to the latest result up to the term asked about:</p>
 * <ol>
 *   <li>{@code STUCK}: below the expected standard, and not moving for two terms: there are
 *   results in each of the two terms just before it (across a summer holiday too) and the level
 *   did not rise at either step. These are the toolkit's "stuck" children.</li>
 *   <li>{@code FALLING_BEHIND}: below the target (the toolkit's "falling behind" and
 *   "slow-moving" children: not where they need to be by the end of the year).</li>
 *   <li>{@code ACCELERATED}: at or above the target, having risen at least one level since the
 *   previous result (catching up, or moving beyond the target).</li>
 *   <li>{@code ON_TRACK}: at or above the target.</li>
 * </ol>
 * No result up to that term means no flag.
 */
public final class ProgressRules {
    private ProgressRules() {
    }

    /** One term's result in the subject. */
    public record TermResult(TermPoint when, int level) {
    }

    /** The flag with the figures it was decided from. */
    public record Progress(ProgressFlag flag, TermResult latest, TermResult previous, int targetLevel,
                           boolean targetSet, String reason) {
    }

    /**
     * @param record      the pupil's results in one subject, any order, at most one per term
     * @param asOf        the term to judge at (later results are ignored)
     * @param targetLevel the target's level for the latest result's academic year, or null for none
     */
    public static Progress evaluate(List<TermResult> record, TermPoint asOf,
                                    java.util.function.Function<AcademicYear, Integer> targetLevel) {
        List<TermResult> upTo = new ArrayList<>(record.stream().filter(r -> r.when().compareTo(asOf) <= 0).toList());
        if (upTo.isEmpty()) {
            return null;
        }
        upTo.sort(Comparator.comparing(TermResult::when));
        TermResult latest = upTo.get(upTo.size() - 1);
        TermResult previous = upTo.size() > 1 ? upTo.get(upTo.size() - 2) : null;
        Integer target = targetLevel.apply(latest.when().year());
        boolean targetSet = target != null;
        int goal = targetSet ? target : Attainment.EXPECTED_LEVEL;

        if (latest.level() < Attainment.EXPECTED_LEVEL && upTo.size() >= 3) {
            TermResult before = upTo.get(upTo.size() - 3);
            boolean consecutive = previous.when().index() == latest.when().index() - 1
                    && before.when().index() == latest.when().index() - 2;
            if (consecutive && previous.level() <= before.level() && latest.level() <= previous.level()) {
                return new Progress(ProgressFlag.STUCK, latest, previous, goal, targetSet,
                        "below the expected standard and not moving since " + before.when());
            }
        }
        if (latest.level() < goal) {
            return new Progress(ProgressFlag.FALLING_BEHIND, latest, previous, goal, targetSet,
                    "below " + (targetSet ? "the end-of-year target" : "the expected standard (no target set)"));
        }
        if (previous != null && latest.level() > previous.level()) {
            return new Progress(ProgressFlag.ACCELERATED, latest, previous, goal, targetSet,
                    "at or above " + (targetSet ? "target" : "the expected standard") + " and up since " + previous.when());
        }
        return new Progress(ProgressFlag.ON_TRACK, latest, previous, goal, targetSet,
                "at or above " + (targetSet ? "the end-of-year target" : "the expected standard (no target set)"));
    }
}
