package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.Metric;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.domain.TermlyResult;
import org.goldenthread.plans.domain.TermlyResults;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure a TRACKING measure looks at, read from published termly results, free of I/O.
 * <ul>
 *   <li>The latest term of the milestone's academic year, up to its due term, with a figure decides
 *   (a later term's results are not evidence for an earlier milestone).</li>
 *   <li>Each row gives the school's exact figure when the results carry exact figures, else the
 *   published one.</li>
 *   <li>One year group: the row's figure as it stands. Several: combined from counts over the
 *   cohorts — pupils at or above expected (and the like) summed and divided by the pupils in the
 *   year groups; an average scaled score weighted by cohort; a disadvantaged gap as the combined
 *   disadvantaged figure minus the combined non-disadvantaged one. Percentages are never averaged.</li>
 *   <li>A year group with pupils but no figure (suppressed without exact figures) leaves the combined
 *   figure unknown; a year group with no row or no pupils adds nothing.</li>
 * </ul>
 */
public final class TermlyFigures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISE = MathContext.DECIMAL64;

    /** A figure and the number of pupils behind it. */
    public record Figure(BigDecimal value, int cohort) {
    }

    private TermlyFigures() {
    }

    /** The evidence for a milestone from the results held for its school and academic year. */
    public static Optional<Observation> latest(Measure measure, TermOfYear due, Collection<TermlyResults> held) {
        return held.stream()
                .filter(t -> t.academicYear.equals(due.academicYear()) && !due.isBefore(t.termOfYear()))
                .sorted(Comparator.comparing(TermlyResults::termOfYear).reversed())
                .flatMap(t -> figure(measure, t.results).stream()
                        .map(f -> new Observation(f.value(), t.termOfYear(), f.cohort(), t.eventId, t.eventType)))
                .findFirst();
    }

    /** The measure's figure from one term's rows, if they give one. */
    public static Optional<Figure> figure(Measure measure, List<TermlyResult> rows) {
        List<Integer> years = measure.yearGroups == null ? List.of() : measure.yearGroups;
        if (years.isEmpty() || measure.subject == null || measure.metric == null) {
            return Optional.empty();
        }
        PupilGroup group = measure.pupilGroup == null ? PupilGroup.ALL : measure.pupilGroup;
        if (years.size() == 1) {
            return row(rows, measure, group, years.get(0))
                    .filter(r -> r.figure(measure.metric) != null)
                    .map(r -> new Figure(r.figure(measure.metric), r.cohort));
        }
        if (measure.metric == Metric.GAP_DISADVANTAGED) {
            Optional<Precise> disadvantaged = combine(rows, measure, PupilGroup.DISADVANTAGED, Metric.PCT_AT_OR_ABOVE_EXPECTED);
            Optional<Precise> others = combine(rows, measure, PupilGroup.NOT_DISADVANTAGED, Metric.PCT_AT_OR_ABOVE_EXPECTED);
            if (disadvantaged.isEmpty() || others.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Figure(oneDecimal(disadvantaged.get().value().subtract(others.get().value())),
                    disadvantaged.get().cohort()));
        }
        return combine(rows, measure, group, measure.metric).map(p -> new Figure(oneDecimal(p.value()), p.cohort()));
    }

    private record Precise(BigDecimal value, int cohort) {
    }

    private static Optional<Precise> combine(List<TermlyResult> rows, Measure measure, PupilGroup group, Metric metric) {
        BigDecimal total = BigDecimal.ZERO;
        int cohort = 0;
        for (int year : measure.yearGroups) {
            Optional<TermlyResult> found = row(rows, measure, group, year);
            if (found.isEmpty() || found.get().cohort == 0) {
                continue;
            }
            TermlyResult r = found.get();
            BigDecimal value = r.figure(metric);
            if (value == null) {
                return Optional.empty();
            }
            BigDecimal pupils = BigDecimal.valueOf(r.cohort);
            total = total.add(metric == Metric.AVG_SCALED_SCORE
                    ? value.multiply(pupils)
                    // pupils counted: the figure is a rounded percentage of the cohort
                    : value.multiply(pupils).divide(HUNDRED, PRECISE).setScale(0, RoundingMode.HALF_UP));
            cohort += r.cohort;
        }
        if (cohort == 0) {
            return Optional.empty();
        }
        BigDecimal pupils = BigDecimal.valueOf(cohort);
        BigDecimal value = metric == Metric.AVG_SCALED_SCORE
                ? total.divide(pupils, PRECISE)
                : total.multiply(HUNDRED).divide(pupils, PRECISE);
        return Optional.of(new Precise(value, cohort));
    }

    private static Optional<TermlyResult> row(List<TermlyResult> rows, Measure measure, PupilGroup group, int year) {
        return rows.stream()
                .filter(r -> r.yearGroup == year && r.subject == measure.subject && r.pupilGroup == group)
                .findFirst();
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
