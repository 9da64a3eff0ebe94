package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Metric;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.TermOfYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The status rule, in one place and free of I/O. Given a milestone's measure, its due term and
 * the evidence (if any):
 * <ul>
 *   <li>no evidence yet: NOT_DUE;</li>
 *   <li>evidence from a term before the due term: ON_TRACK if it already meets the target, else AT_RISK;</li>
 *   <li>evidence from the due term (or later): MET or NOT_MET.</li>
 * </ul>
 * A figure meets an AT_LEAST target when it is ≥ the target and an AT_MOST target when ≤; a
 * monitoring judgement meets its threshold when it is at or better than it (numerically ≤: 1 is best).
 * Every evaluation explains itself, e.g. "MET: 68% of disadvantaged pupils in Year 4 (28) at or above
 * expected in writing, spring 2026-27, target ≥ 65%, from event …", or "AT_RISK: work scrutiny on
 * developmental-marking judged 3 (An aspect in need of some improvement requiring future action(s)) on 2027-01-18, needs 2 or better
 * by summer 2026-27, from event …".
 */
public final class MilestoneEvaluator {
    private static final List<String> JUDGEMENTS = List.of("", "Strong feature of the school, with proven impact, that could be replicated and shared with others",
            "Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring", "An aspect in need of some improvement requiring future action(s)", "An aspect in need of significant development requiring immediate action(s)");

    private MilestoneEvaluator() {
    }

    public static Evaluation evaluate(Measure measure, TermOfYear due, Optional<Observation> evidence) {
        if (measure == null || measure.measureType == null || measure.measureType == MeasureType.MANUAL) {
            throw new IllegalArgumentException("only TRACKING and MONITORING measures are evaluated from evidence");
        }
        Comparator comparator = measure.effectiveComparator();
        BigDecimal target = measure.effectiveTarget();
        if (evidence.isEmpty()) {
            return new Evaluation(MilestoneStatus.NOT_DUE, null, target, comparator,
                    "NOT_DUE: " + awaiting(measure) + "; due " + due, null, null);
        }
        Observation o = evidence.get();
        boolean meets = comparator.meets(o.value(), target);
        boolean final_ = !o.term().isBefore(due);
        MilestoneStatus status = final_ ? (meets ? MilestoneStatus.MET : MilestoneStatus.NOT_MET)
                : (meets ? MilestoneStatus.ON_TRACK : MilestoneStatus.AT_RISK);
        StringBuilder text = new StringBuilder(status.name()).append(": ")
                .append(measure.measureType == MeasureType.TRACKING ? figure(measure, o) : judgement(measure, o));
        // a finding says when it was observed; a figure says which term's results it is from
        text.append(o.observedOn() != null ? " on " + o.observedOn() : ", " + o.term())
                .append(", ").append(targetText(measure, comparator, target));
        if (!final_) {
            text.append(" by ").append(due);
        }
        if (o.sourceEventId() != null) {
            text.append(", from event ").append(o.sourceEventId());
        }
        return new Evaluation(status, o.value(), target, comparator, text.toString(), o.sourceEventId(),
                o.sourceEventType());
    }

    /** "68% of disadvantaged pupils in Year 4 at or above expected in writing" and the like. */
    static String figure(Measure m, Observation o) {
        String value = number(o.value());
        String who = who(m);
        String cohort = o.cohort() == null ? "" : " (" + o.cohort() + ")";
        return switch (m.metric) {
            case PCT_AT_OR_ABOVE_EXPECTED -> value + "% of " + who + cohort + " at or above expected in " + m.subject.words();
            case PCT_GREATER_DEPTH -> value + "% of " + who + cohort + " at greater depth (the higher standard) in " + m.subject.words();
            case PCT_ON_TRACK -> value + "% of " + who + cohort + " on track in " + m.subject.words();
            case GAP_DISADVANTAGED -> "disadvantaged gap of " + signed(o.value()) + " points in " + years(m.yearGroups)
                    + " " + m.subject.words() + " (disadvantaged minus other pupils at or above expected)";
            case AVG_SCALED_SCORE -> "average scaled score " + value + " for " + who + cohort + " in " + m.subject.words();
        };
    }

    static String judgement(Measure m, Observation o) {
        int j = o.value().setScale(0, RoundingMode.HALF_UP).intValue();
        String meaning = j >= 1 && j <= 4 ? " (" + JUDGEMENTS.get(j) + ")" : "";
        String about = o.about() != null ? o.about() : m.activityType.words() + " on " + m.focusTag;
        return about + " judged " + j + meaning;
    }

    static String targetText(Measure m, Comparator comparator, BigDecimal target) {
        if (m.measureType == MeasureType.MONITORING) {
            return "needs " + target.intValue() + " or better";
        }
        String unit = switch (m.metric) {
            case GAP_DISADVANTAGED -> " points";
            case AVG_SCALED_SCORE -> "";
            default -> "%";
        };
        String value = m.metric == Metric.GAP_DISADVANTAGED ? signed(target) : number(target);
        return "target " + comparator.symbol() + " " + value + unit;
    }

    static String awaiting(Measure m) {
        if (m.measureType == MeasureType.MONITORING) {
            return "no " + m.activityType.words() + " finding on " + m.focusTag + " yet";
        }
        return "no published results yet for " + who(m) + " in " + m.subject.words();
    }

    /** "disadvantaged pupils in Year 4", "pupils in Years 3–6", "boys in Reception". */
    static String who(Measure m) {
        PupilGroup group = m.pupilGroup == null ? PupilGroup.ALL : m.pupilGroup;
        return group.words() + " in " + years(m.yearGroups);
    }

    static String years(List<Integer> years) {
        if (years == null || years.isEmpty()) {
            return "all year groups";
        }
        List<Integer> sorted = years.stream().sorted().toList();
        boolean contiguous = sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
        if (sorted.size() == 1) {
            return year(sorted.get(0));
        }
        if (contiguous) {
            return sorted.get(0) == 0 ? "Reception to " + year(sorted.get(sorted.size() - 1))
                    : "Years " + sorted.get(0) + "–" + sorted.get(sorted.size() - 1);
        }
        StringBuilder sb = new StringBuilder(sorted.get(0) == 0 ? "Reception and Years " : "Years ");
        List<Integer> rest = sorted.get(0) == 0 ? sorted.subList(1, sorted.size()) : sorted;
        for (int i = 0; i < rest.size(); i++) {
            sb.append(i == 0 ? "" : i == rest.size() - 1 ? " and " : ", ").append(rest.get(i));
        }
        return sb.toString();
    }

    static String year(int y) {
        return y == 0 ? "Reception" : "Year " + y;
    }

    /** 67.9 → "67.9", 68.0 → "68". */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? v.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : v.toPlainString();
    }

    static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }
}
