package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.FollowUpOutcome;

import java.util.List;

/** One finding and every later finding that followed it up, in date order. */
@Schema(name = "FollowUpThread", description = "A finding and the later findings that followed it up, oldest first.")
public record FollowUpThread(
        @Schema(description = "The original finding") FindingView finding,
        @Schema(description = "Later findings following it up (directly or through each other), oldest first")
        List<FindingView> followUps,
        @Schema(description = "The outcome of the latest follow-up; absent when not followed up yet", example = "REMAINS_A_KEY_ISSUE")
        FollowUpOutcome latestOutcome,
        @Schema(description = "The latest judgement: of the latest follow-up, or of the finding itself", example = "3")
        int latestJudgement) {
}
