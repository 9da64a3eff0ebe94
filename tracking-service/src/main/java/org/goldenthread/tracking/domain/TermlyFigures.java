package org.goldenthread.tracking.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * Turns the counts of a termly-results row into figures: the exact ones (one decimal place, for
 * the school's own users) and the published ones, following DfE practice
 * ({@code shared/data/dfe/README.md}):
 * <ul>
 *   <li>whole-number percentages, rounded half up ({@link DfeRounding});</li>
 *   <li>a group with no pupils has no figures (blank), and is not "suppressed";</li>
 *   <li>a group of 1–5 pupils is suppressed (SUPP);</li>
 *   <li>when the disadvantaged or the not-disadvantaged group has 0–5 pupils, every non-empty one of
 *   the pair is suppressed, so neither can be worked out from the whole-school figure. Boys and
 *   girls are not paired.</li>
 * </ul>
 * The disadvantaged gap is given on the DISADVANTAGED row: disadvantaged minus not disadvantaged,
 * percentage points at or above expected (published: the difference of the two published figures).
 */
public final class TermlyFigures {
    public static final int SMALLEST_PUBLISHED_GROUP = 6;

    private TermlyFigures() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExactFigures", description = "The school's own exact figures, one decimal place; null = no figure (empty group, or not applicable).")
    public record Exact(
            @Schema(description = "% at or above the expected standard (EXS/GDS, or scaled score ≥ 100)", example = "75.6") BigDecimal pctAtOrAboveExpected,
            @Schema(description = "% at the higher standard (GDS, or scaled score ≥ 110)", example = "16.7") BigDecimal pctGreaterDepth,
            @Schema(description = "% at or above their end-of-year target (the expected standard where no target is set)", example = "77.8") BigDecimal pctOnTrack,
            @Schema(description = "Average scaled score of pupils with a test result", example = "103.4") BigDecimal averageScaledScore,
            @Schema(description = "On the DISADVANTAGED row: percentage points at or above expected, disadvantaged minus not disadvantaged", example = "-11.1") BigDecimal disadvantagedGap) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublishedFigures", description = "The figures as the DfE would publish them: whole numbers; null for an empty group; all null with suppressed = true for a group too small to publish.")
    public record Published(
            @Schema(example = "76") Integer pctAtOrAboveExpected,
            @Schema(example = "17") Integer pctGreaterDepth,
            @Schema(example = "78") Integer pctOnTrack,
            @Schema(example = "103") Integer averageScaledScore,
            @Schema(example = "-11") Integer disadvantagedGap,
            @Schema(description = "true = shown as SUPP: the group is too small to publish", example = "false") boolean suppressed) {
        static final Published EMPTY = new Published(null, null, null, null, null, false);
        static final Published SUPPRESSED = new Published(null, null, null, null, null, true);
    }

    /** Whether a group of this size may not be published on its own. */
    public static boolean small(int cohort) {
        return cohort > 0 && cohort < SMALLEST_PUBLISHED_GROUP;
    }

    /**
     * @param group     the row's pupil group
     * @param counts    the row's counts
     * @param partner   for DISADVANTAGED the NOT_DISADVANTAGED counts and the other way round (null otherwise)
     * @param combined  whether the subject is RWM (no average scaled score)
     */
    public static Exact exact(PupilGroup group, GroupCounts counts, GroupCounts partner, boolean combined) {
        if (counts.cohort() == 0) {
            return new Exact(null, null, null, null, null);
        }
        BigDecimal gap = null;
        if (group == PupilGroup.DISADVANTAGED && partner != null && partner.cohort() > 0) {
            gap = DfeRounding.gapOneDecimal(counts.atExpected(), counts.cohort(), partner.atExpected(), partner.cohort());
        }
        return new Exact(
                DfeRounding.percentOneDecimal(counts.atExpected(), counts.cohort()),
                DfeRounding.percentOneDecimal(counts.greaterDepth(), counts.cohort()),
                DfeRounding.percentOneDecimal(counts.onTrack(), counts.cohort()),
                combined || counts.scaledCount() == 0 ? null : DfeRounding.averageOneDecimal(counts.scaledSum(), counts.scaledCount()),
                gap);
    }

    public static Published published(PupilGroup group, GroupCounts counts, GroupCounts partner, boolean combined) {
        if (counts.cohort() == 0) {
            return Published.EMPTY;
        }
        if (suppressed(group, counts, partner)) {
            return Published.SUPPRESSED;
        }
        Integer gap = null;
        if (group == PupilGroup.DISADVANTAGED && partner != null && partner.cohort() > 0) {
            gap = DfeRounding.percent(counts.atExpected(), counts.cohort())
                    - DfeRounding.percent(partner.atExpected(), partner.cohort());
        }
        return new Published(
                DfeRounding.percent(counts.atExpected(), counts.cohort()),
                DfeRounding.percent(counts.greaterDepth(), counts.cohort()),
                DfeRounding.percent(counts.onTrack(), counts.cohort()),
                combined || counts.scaledCount() == 0 ? null : DfeRounding.average(counts.scaledSum(), counts.scaledCount()),
                gap,
                false);
    }

    static boolean suppressed(PupilGroup group, GroupCounts counts, GroupCounts partner) {
        if (small(counts.cohort())) {
            return true;
        }
        boolean paired = group == PupilGroup.DISADVANTAGED || group == PupilGroup.NOT_DISADVANTAGED;
        return paired && (partner == null || partner.cohort() < SMALLEST_PUBLISHED_GROUP);
    }

    /** The partner group whose size also decides suppression, or null. */
    public static PupilGroup partnerOf(PupilGroup group) {
        return switch (group) {
            case DISADVANTAGED -> PupilGroup.NOT_DISADVANTAGED;
            case NOT_DISADVANTAGED -> PupilGroup.DISADVANTAGED;
            default -> null;
        };
    }
}
