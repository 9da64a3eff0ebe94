package org.goldenthread.plans.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.PriorityArea;

import java.util.List;
import java.util.UUID;

@Schema(name = "PriorityRequest", description = "A priority of a plan. Its number follows from its place in the plan.")
public record PriorityRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Raise attainment in writing, especially for disadvantaged pupils") String title,
        @NotNull @Schema(description = "An inspection framework area, or CUSTOM with customArea", example = "QUALITY_OF_EDUCATION") PriorityArea area,
        @Size(max = 200) @Schema(description = "The school's own area name when area is CUSTOM", example = "Curriculum development") String customArea,
        @Size(max = 4000) @Schema(description = "The evidence from self-evaluation that makes this a priority",
                example = "Summer 2026: 58% of Year 4 at expected in writing against 74% in reading") String rationale,
        @Schema(description = "For a layer-2 plan: the parent plan's priority this one supports") UUID parentPriorityId,
        @Size(max = 20) @Schema(description = "Codes of the plan's previous inspection key issues this priority addresses", example = "[\"KI1\"]")
        List<@NotBlank String> addressesKeyIssues,
        @Size(max = 200) @Schema(example = "Deputy headteacher (English lead)") String lead) {
}
