package org.goldenthread.plans.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.ActivityType;
import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Metric;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.Subject;

import java.math.BigDecimal;
import java.util.List;

/** A measure as requests send it and responses show it. */
@Schema(name = "Measure", description = """
        How a milestone is evaluated. TRACKING: subject, yearGroups, pupilGroup, metric, comparator and target \
        (percentages 0–100, a gap in points -100–100 with GAP_DISADVANTAGED on DISADVANTAGED, or a scaled score 80–120 \
        with AVG_SCALED_SCORE in READING, MATHS or GPS). MONITORING: activityType, focusTag and judgementThreshold \
        (1–4; a judgement at or better than the threshold, numerically ≤, meets it); subject optional. MANUAL: set by a \
        reviewer with a reason.""",
        example = """
                {"type":"TRACKING","subject":"WRITING","yearGroups":[4],"pupilGroup":"DISADVANTAGED",\
                "metric":"PCT_AT_OR_ABOVE_EXPECTED","comparator":"AT_LEAST","target":65}""")
public record MeasureBody(
        @NotNull MeasureType type,
        Subject subject,
        @Size(min = 1, max = 14) List<@NotNull @Min(0) @Max(13) Integer> yearGroups,
        PupilGroup pupilGroup,
        Metric metric,
        Comparator comparator,
        @Schema(example = "65") BigDecimal target,
        ActivityType activityType,
        @Size(max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case, e.g. developmental-marking")
        @Schema(example = "developmental-marking") String focusTag,
        @Min(1) @Max(4) @Schema(example = "2") Integer judgementThreshold) {

    public static MeasureBody of(Measure m) {
        if (m == null || m.isEmpty()) {
            return null;
        }
        return new MeasureBody(m.measureType, m.subject, m.yearGroups, m.pupilGroup, m.metric, m.comparator,
                Numbers.plain(m.target), m.activityType, m.focusTag, m.judgementThreshold);
    }
}
