package org.goldenthread.plans.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "MoveRequest", description = "Where to move an item: its new position (1 = first) and, for an objective or action, another priority, or for a milestone another action, of the same plan")
public record MoveRequest(
        @NotNull @Min(1) @Max(1000) @Schema(example = "1") Integer position,
        @Schema(description = "Objectives and actions: the priority to move to (default: the current one)") UUID priorityId,
        @Schema(description = "Milestones: the action to move to (default: the current one)") UUID actionId) {
}
