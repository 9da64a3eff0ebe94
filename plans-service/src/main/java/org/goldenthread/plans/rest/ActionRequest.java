package org.goldenthread.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.ActionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ActionRequest", description = "What will be done, who leads it, when, with what, and how it is monitored")
public record ActionRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Weekly modelled-writing sessions in Year 4 with a focus on editing") String title,
        @Schema(description = "The objective of the same priority this action works towards") UUID objectiveId,
        @Size(max = 200) @Schema(example = "English lead (Mrs Patel)") String lead,
        @Size(max = 200) @Schema(description = "The lead's user id, so that they may update the action's status themselves",
                example = "teacher@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String leadUserId,
        @Size(max = 30) @Schema(example = "[\"Year 4 teachers\", \"Teaching assistants\"]") List<@NotBlank @Size(max = 200) String> supportingStaff,
        @Schema(example = "2026-09-07") LocalDate startDate,
        @Schema(example = "2027-03-26") LocalDate dueDate,
        @Schema(description = "When progress on the action is next reviewed", example = "2026-12-11") LocalDate reviewDate,
        @Valid ResourcesBody resources,
        @Size(max = 2000) @Schema(description = "How the action is monitored, by whom and when",
                example = "Half-termly work scrutiny of Year 4 books by the English lead; pupil conferencing in March") String monitoring,
        @Schema(description = "Defaults to NOT_STARTED", example = "IN_PROGRESS") ActionStatus status) {

    @Schema(name = "Resources", description = "What the action needs: money (in pence), time, staffing and CPD")
    public record ResourcesBody(
            @PositiveOrZero @Schema(description = "Budget in pence", example = "120000") Long budgetPence,
            @Size(max = 500) @Schema(example = "Two staff meetings; 30 minutes a week of PPA") String time,
            @Size(max = 500) @Schema(example = "TA support three afternoons a week") String staffing,
            @Size(max = 500) @Schema(example = "Writing CPD from the English hub (2 twilights)") String cpd) {
    }
}
