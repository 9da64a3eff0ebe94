package org.goldenthread.plans.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.ActionStatus;

@Schema(name = "ActionStatusRequest", description = "The action's new status")
public record ActionStatusRequest(@NotNull @Schema(example = "COMPLETED") ActionStatus status) {
}
