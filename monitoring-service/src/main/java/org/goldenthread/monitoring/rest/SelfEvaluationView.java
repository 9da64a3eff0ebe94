package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A school's self-evaluation: every standard's rating and notes, with a summary per core element. */
@Schema(name = "SelfEvaluation", description = "A school's self-evaluation for a year: each standard's rating and notes, summarised per core element.")
public record SelfEvaluationView(
        @Schema(example = "0193f5c1-2a3b-7c4d-8e5f-6a7b8c9d0e1f") UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "d0c5f010-2010-4000-8000-000000000001") UUID frameworkId,
        @Schema(example = "Primary self-evaluation and improvement toolkit (2010)") String frameworkTitle,
        List<FrameworkView.ScaleLevel> scale,
        @Schema(description = "The whole self-evaluation in figures") RatingSummary overall,
        List<CoreElementRatings> coreElements,
        String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "Also the ETag; each rating has its own version", example = "0") long version) {

    @Schema(name = "CoreElementRatings", description = "A core element: its summary and each standard's rating.")
    public record CoreElementRatings(
            @Schema(example = "d0c5f010-2010-4000-8001-000000000006") UUID id,
            @Schema(example = "6") int number,
            @Schema(example = "Monitoring, evaluation and review, including pupil progress") String title,
            RatingSummary summary,
            List<RatingView> standards) {
    }

    @Schema(name = "RatingSummary", description = "Ratings counted: how many standards, how many rated, how many at each level.")
    public record RatingSummary(
            @Schema(example = "7") int standards,
            @Schema(example = "5") int rated,
            @Schema(description = "Mean of the ratings given, one decimal place; absent when nothing is rated", example = "2.4") Double averageRating,
            @Schema(description = "Standards rated 3 or 4: needing action", example = "2") int needingAction,
            @Schema(description = "How many standards at each level, 1 to 4") List<ScaleCount> distribution) {
    }

    @Schema(name = "ScaleCount", description = "How many standards are rated at one level.")
    public record ScaleCount(@Schema(example = "2") int rating,
                             @Schema(example = "Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring")
                             String meaning,
                             @Schema(example = "3") int count) {
    }
}
