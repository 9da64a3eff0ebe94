package org.goldenthread.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a milestone (or an objective) is measured by, exactly as DESIGN.md defines it:
 * TRACKING (subject, year groups, pupil group, metric, comparator, target), MONITORING (activity
 * type, focus tag, judgement threshold on the 1–4 scale, where 1 is best) or MANUAL.
 */
@Embeddable
public class Measure {
    @Enumerated(EnumType.STRING)
    public MeasureType measureType;
    @Enumerated(EnumType.STRING)
    public Subject subject;
    @Convert(converter = YearGroupsConverter.class)
    public List<Integer> yearGroups;
    @Enumerated(EnumType.STRING)
    public PupilGroup pupilGroup;
    @Enumerated(EnumType.STRING)
    public Metric metric;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    @Column(precision = 6, scale = 1)
    public BigDecimal target;
    @Enumerated(EnumType.STRING)
    public ActivityType activityType;
    public String focusTag;
    public Integer judgementThreshold;

    public Measure() {
    }

    public static Measure manual() {
        Measure m = new Measure();
        m.measureType = MeasureType.MANUAL;
        return m;
    }

    public static Measure tracking(Subject subject, List<Integer> yearGroups, PupilGroup pupilGroup, Metric metric,
                                   Comparator comparator, BigDecimal target) {
        Measure m = new Measure();
        m.measureType = MeasureType.TRACKING;
        m.subject = subject;
        m.yearGroups = yearGroups == null ? null : yearGroups.stream().distinct().sorted().toList();
        m.pupilGroup = pupilGroup;
        m.metric = metric;
        m.comparator = comparator;
        m.target = target;
        return m;
    }

    public static Measure monitoring(ActivityType activityType, String focusTag, int judgementThreshold, Subject subject) {
        Measure m = new Measure();
        m.measureType = MeasureType.MONITORING;
        m.activityType = activityType;
        m.focusTag = focusTag;
        m.judgementThreshold = judgementThreshold;
        m.subject = subject;
        return m;
    }

    public boolean isEmpty() {
        return measureType == null;
    }

    public Measure copy() {
        Measure m = new Measure();
        m.measureType = measureType;
        m.subject = subject;
        m.yearGroups = yearGroups == null ? null : List.copyOf(yearGroups);
        m.pupilGroup = pupilGroup;
        m.metric = metric;
        m.comparator = comparator;
        m.target = target;
        m.activityType = activityType;
        m.focusTag = focusTag;
        m.judgementThreshold = judgementThreshold;
        return m;
    }

    /** The comparator this measure judges by: a judgement meets the threshold at or below it. */
    public Comparator effectiveComparator() {
        return measureType == MeasureType.MONITORING ? Comparator.AT_MOST : comparator;
    }

    /** The target this measure judges by: the judgement threshold for MONITORING. */
    public BigDecimal effectiveTarget() {
        return measureType == MeasureType.MONITORING
                ? (judgementThreshold == null ? null : BigDecimal.valueOf(judgementThreshold)) : target;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Measure m)) {
            return false;
        }
        return measureType == m.measureType && subject == m.subject && Objects.equals(yearGroups, m.yearGroups)
                && pupilGroup == m.pupilGroup && metric == m.metric && comparator == m.comparator
                && (target == null ? m.target == null : m.target != null && target.compareTo(m.target) == 0)
                && activityType == m.activityType && Objects.equals(focusTag, m.focusTag)
                && Objects.equals(judgementThreshold, m.judgementThreshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureType, subject, yearGroups, pupilGroup, metric, comparator, activityType, focusTag,
                judgementThreshold);
    }
}
