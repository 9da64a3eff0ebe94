package org.goldenthread.monitoring.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.Participant;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.service.Inputs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A monitoring activity to put on a school's calendar (POST), or its new details (PUT). */
@Schema(name = "ActivityRequest", description = "A monitoring activity to plan, or its new details. Status changes go through /complete and /cancel.")
public record ActivityRequest(
        @NotNull
        @Schema(description = "The school; cannot change once planned", example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", required = true)
        UUID schoolId,
        @NotNull
        @Schema(example = "WORK_SCRUTINY", required = true)
        ActivityType type,
        @Size(max = 200)
        @Schema(description = "Defaults to the type, subject and year groups, e.g. \"Work scrutiny: Mathematics, Years 1-6\"",
                example = "Maths work scrutiny: calculation and reasoning", maxLength = 200)
        String title,
        @Schema(description = "Defaults to the academic year of plannedOn, which it must contain", example = "2026-27",
                pattern = "^[0-9]{4}-[0-9]{2}$")
        String academicYear,
        @Schema(description = "Defaults to the term of plannedOn (Sept-Dec autumn, Jan-Mar spring, Apr-Aug summer)", example = "SPRING")
        Term term,
        @NotNull
        @Schema(description = "When it is planned for", example = "2027-01-21", required = true)
        LocalDate plannedOn,
        @NotBlank @Size(max = 200)
        @Schema(description = "Who leads it", example = "Mrs Patel, mathematics subject leader", required = true, maxLength = 200)
        String lead,
        @Size(max = 50)
        @Schema(description = "Who else takes part (never pupils by name)")
        List<@NotNull @Valid Participant> participants,
        @Size(max = 100)
        @Schema(description = "The curriculum subject looked at; absent for a whole-school activity", example = "Mathematics", maxLength = 100)
        String subject,
        @Size(max = 14)
        @Schema(description = "National Curriculum years looked at: 0 = Reception, 1-13 = Year 1 to Year 13", example = "[1, 2, 3, 4, 5, 6]")
        List<@NotNull @Min(0) @Max(13) Integer> yearGroups,
        @Size(max = 20)
        @Schema(description = "Kebab-case focus tags; plans' MONITORING milestones match on them", example = "[\"developmental-marking\", \"differentiation\"]")
        List<@NotNull @Size(max = 60) @Pattern(regexp = Inputs.TAG_PATTERN, message = Inputs.TAG_MESSAGE) String> focusTags,
        @Size(max = 50)
        @Schema(description = "Plan milestones this activity gathers evidence for (ids from plans-service)",
                example = "[\"d4c3b2a1-6f5e-4b7a-9d8c-5b4a3f2e1d0c\"]")
        List<@NotNull UUID> linkedMilestoneIds,
        @Size(max = 50)
        @Schema(description = "Plan actions this activity monitors (ids from plans-service)", example = "[\"b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e\"]")
        List<@NotNull UUID> linkedActionIds,
        @Size(max = 4000)
        @Schema(description = "What the activity sets out to find", example = "Check the impact of the calculation policy and of developmental marking since the autumn.", maxLength = 4000)
        String purpose) {
}
