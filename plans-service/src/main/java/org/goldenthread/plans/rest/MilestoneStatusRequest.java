package org.goldenthread.plans.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.MilestoneStatus;

@Schema(name = "MilestoneStatusRequest", description = "A reviewer's status for a milestone: the status of a MANUAL measure, or an override of what the evidence says. Always with a reason.")
public record MilestoneStatusRequest(
        @NotNull @Schema(example = "AT_RISK") MilestoneStatus status,
        @NotBlank @Size(max = 2000) @Schema(example = "Spring data entry is incomplete for Year 4; pupil progress meetings show writing falling behind") String reason) {
}
