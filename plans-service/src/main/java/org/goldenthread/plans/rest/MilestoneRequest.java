package org.goldenthread.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Term;

import java.time.LocalDate;

@Schema(name = "MilestoneRequest", description = "A termly, dated milestone with the measure that decides its status")
public record MilestoneRequest(
        @NotBlank @Size(max = 500) @Schema(example = "At least 65% of disadvantaged Year 4 pupils at or above expected in writing by the end of the spring term") String title,
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{2}$", message = "must look like 2026-27") @Schema(example = "2026-27") String academicYear,
        @NotNull @Schema(description = "The term the milestone is due in", example = "SPRING") Term term,
        @NotNull @Schema(example = "2027-03-26") LocalDate dueDate,
        @NotNull @Valid MeasureBody measure) {
}
