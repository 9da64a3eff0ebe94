package org.goldenthread.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObjectiveRequest", description = "What the priority aims to achieve and how success will be measured")
public record ObjectiveRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Disadvantaged pupils in Year 4 write at the expected standard") String title,
        @Size(max = 2000) @Schema(description = "The measurable outcome: what success will look like",
                example = "By July 2027 at least 70% of disadvantaged Year 4 pupils are at or above expected in writing") String successCriterion,
        @Valid @Schema(description = "Optional: the success criterion as a measure") MeasureBody measure) {
}
