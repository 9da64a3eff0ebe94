package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.rest.MeasureBody;

import java.math.BigDecimal;

/** Checks a measure as DESIGN.md defines it and turns it into the domain value. */
final class Measures {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Measures() {
    }

    /** The measure, or null when none was given; field errors go to {@code v} under {@code prefix}. */
    static Measure from(MeasureBody b, String prefix, Validation v) {
        if (b == null) {
            return null;
        }
        String p = prefix + ".";
        if (b.type() == MeasureType.TRACKING) {
            v.check(b.subject() != null, p + "subject", "is required for a TRACKING measure");
            v.check(b.yearGroups() != null && !b.yearGroups().isEmpty(), p + "yearGroups", "is required for a TRACKING measure (0 = Reception)");
            v.check(b.metric() != null, p + "metric", "is required for a TRACKING measure");
            v.check(b.comparator() != null, p + "comparator", "is required for a TRACKING measure");
            v.check(b.target() != null, p + "target", "is required for a TRACKING measure");
            absent(v, p + "activityType", b.activityType(), "TRACKING");
            absent(v, p + "focusTag", b.focusTag(), "TRACKING");
            absent(v, p + "judgementThreshold", b.judgementThreshold(), "TRACKING");
            PupilGroup group = b.pupilGroup() == null ? PupilGroup.ALL : b.pupilGroup();
            if (b.metric() != null && b.target() != null) {
                BigDecimal t = b.target();
                v.check(t.scale() <= 1 || t.stripTrailingZeros().scale() <= 1, p + "target", "must have at most one decimal place");
                switch (b.metric()) {
                    case GAP_DISADVANTAGED -> {
                        v.check(t.compareTo(HUNDRED.negate()) >= 0 && t.compareTo(HUNDRED) <= 0, p + "target",
                                "must be between -100 and 100 percentage points for GAP_DISADVANTAGED");
                        v.check(group == PupilGroup.DISADVANTAGED, p + "pupilGroup",
                                "must be DISADVANTAGED for GAP_DISADVANTAGED (the gap is published on the disadvantaged row)");
                    }
                    case AVG_SCALED_SCORE -> {
                        v.check(t.compareTo(BigDecimal.valueOf(80)) >= 0 && t.compareTo(BigDecimal.valueOf(120)) <= 0,
                                p + "target", "must be a scaled score between 80 and 120");
                        v.check(b.subject() == null || b.subject().hasScaledScores(), p + "subject",
                                "must be READING, MATHS or GPS for AVG_SCALED_SCORE (the subjects with scaled scores)");
                    }
                    default -> v.check(t.compareTo(ZERO) >= 0 && t.compareTo(HUNDRED) <= 0, p + "target",
                            "must be a percentage between 0 and 100");
                }
            }
            return Measure.tracking(b.subject(), b.yearGroups(), group, b.metric(), b.comparator(), b.target());
        }
        if (b.type() == MeasureType.MONITORING) {
            v.check(b.activityType() != null, p + "activityType", "is required for a MONITORING measure");
            v.check(!Validation.blank(b.focusTag()), p + "focusTag", "is required for a MONITORING measure (kebab-case, e.g. developmental-marking)");
            v.check(b.judgementThreshold() != null, p + "judgementThreshold", "is required for a MONITORING measure (1–4, 1 is best)");
            absent(v, p + "yearGroups", b.yearGroups(), "MONITORING");
            absent(v, p + "pupilGroup", b.pupilGroup(), "MONITORING");
            absent(v, p + "metric", b.metric(), "MONITORING");
            absent(v, p + "comparator", b.comparator(), "MONITORING");
            absent(v, p + "target", b.target(), "MONITORING");
            return Measure.monitoring(b.activityType(), b.focusTag(), b.judgementThreshold() == null ? 0 : b.judgementThreshold(),
                    b.subject());
        }
        absent(v, p + "subject", b.subject(), "MANUAL");
        absent(v, p + "yearGroups", b.yearGroups(), "MANUAL");
        absent(v, p + "pupilGroup", b.pupilGroup(), "MANUAL");
        absent(v, p + "metric", b.metric(), "MANUAL");
        absent(v, p + "comparator", b.comparator(), "MANUAL");
        absent(v, p + "target", b.target(), "MANUAL");
        absent(v, p + "activityType", b.activityType(), "MANUAL");
        absent(v, p + "focusTag", b.focusTag(), "MANUAL");
        absent(v, p + "judgementThreshold", b.judgementThreshold(), "MANUAL");
        return Measure.manual();
    }

    private static void absent(Validation v, String field, Object value, String type) {
        v.check(value == null, field, "does not apply to a " + type + " measure; leave it out");
    }

    /** Whether the measure can decide a milestone from evidence (TRACKING or MONITORING). */
    static boolean isEvaluated(Measure m) {
        return m != null && m.measureType != null && m.measureType != MeasureType.MANUAL;
    }
}
