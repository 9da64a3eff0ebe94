package org.goldenthread.tracking.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.Judgement;

@Schema(name = "TargetRequest", description = "The judgement the pupil is expected to reach by the end of the year.")
public record TargetRequest(@NotNull @Schema(example = "EXS") Judgement judgement) {
}
