package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** One focus area of a school across successive monitoring activities. */
@Schema(name = "FocusArea", description = "One focus area (tag) of a school across successive monitoring activities, e.g. January scrutiny then June follow-up.")
public record FocusAreaView(
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "developmental-marking") String focusTag,
        @Schema(description = "The activities that looked at it, in date order, each with its findings in this focus area")
        List<FocusActivity> activities,
        @Schema(description = "The findings as threads: each original finding with its follow-ups")
        List<FollowUpThread> threads) {

    @Schema(name = "FocusActivity", description = "An activity and its findings in the focus area.")
    public record FocusActivity(ActivityView activity, List<FindingView> findings) {
    }
}
