package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.FindingKind;
import org.goldenthread.monitoring.domain.FollowUpOutcome;
import org.goldenthread.monitoring.service.Inputs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A finding to record on an activity (POST), or its new content (PUT). Absent subject, year
 * groups, focus tags and linked milestones are taken from the activity.
 */
@Schema(name = "FindingRequest", description = "A finding of a monitoring activity. Absent subject, yearGroups, focusTags and linkedMilestoneIds are taken from the activity.")
public record FindingRequest(
        @NotNull
        @Schema(example = "AREA_FOR_DEVELOPMENT", required = true)
        FindingKind kind,
        @NotBlank @Size(max = 2000)
        @Schema(description = "What was found, about practice; never name pupils", required = true, maxLength = 2000,
                example = "Developmental marking remains inconsistent across the school. There are examples of teachers giving written learning prompts.")
        String statement,
        @NotNull @Min(1) @Max(4)
        @Schema(description = "The toolkit's 1-4 scale, 1 best: a STRENGTH is 1 or 2, an AREA_FOR_DEVELOPMENT 2, 3 or 4",
                example = "3", minimum = "1", maximum = "4", required = true)
        Integer judgement,
        @Size(max = 100)
        @Schema(example = "Mathematics", maxLength = 100)
        String subject,
        @Size(max = 14)
        @Schema(example = "[4, 5]")
        List<@NotNull @Min(0) @Max(13) Integer> yearGroups,
        @Size(max = 20)
        @Schema(example = "[\"developmental-marking\"]")
        List<@NotNull @Size(max = 60) @Pattern(regexp = Inputs.TAG_PATTERN, message = Inputs.TAG_MESSAGE) String> focusTags,
        @Size(max = 50)
        @Schema(description = "Plan milestones this finding is evidence for", example = "[\"d4c3b2a1-6f5e-4b7a-9d8c-5b4a3f2e1d0c\"]")
        List<@NotNull UUID> linkedMilestoneIds,
        @Size(max = 50)
        @Schema(description = "Evidence items of the same school that support the finding", example = "[\"0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d\"]")
        List<@NotNull UUID> evidenceIds,
        @Schema(description = "The earlier finding (of the same school, from an earlier activity) this one follows up",
                example = "f0e1d2c3-b4a5-4968-8776-655443322110")
        UUID followsUpFindingId,
        @Schema(description = "How the followed-up finding has moved; required with followsUpFindingId and only with it",
                example = "PARTLY_IMPROVED")
        FollowUpOutcome followUpOutcome,
        @Schema(description = "Seen only by the school's leaders and the observer, never published. Absent: false for a new finding, "
                + "unchanged on PUT (so leaving it out never discloses a confidential finding)", example = "false")
        Boolean confidential,
        @Schema(description = "Defaults to the activity's date", example = "2027-01-21")
        LocalDate observedOn) {
}
