package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What became of an activity's findings: each with its follow-ups, and the outcomes counted. */
@Schema(name = "ActivityFollowUps", description = "What became of an activity's findings when later activities followed them up.")
public record ActivityFollowUpsView(
        ActivityView activity,
        @Schema(description = "Each finding of the activity with its follow-ups")
        List<FollowUpThread> findings,
        @Schema(description = "How many findings improved", example = "4") int improved,
        @Schema(description = "How many partly improved", example = "1") int partlyImproved,
        @Schema(description = "How many remain a key issue", example = "2") int remainsAKeyIssue,
        @Schema(description = "How many have not been followed up yet", example = "0") int notFollowedUp) {
}
