package org.goldenthread.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.PlanLayer;

import java.util.List;
import java.util.UUID;

@Schema(name = "PlanRequest", description = "A plan's own fields. schoolId is fixed when the plan is created (omit it for a trust plan).")
public record PlanRequest(
        @Schema(description = "The school the plan belongs to; omit for a trust-level plan (trust leaders only). Cannot change later.",
                example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @NotBlank @Size(max = 500) @Schema(example = "School improvement plan 2026-27") String title,
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{2}$", message = "must look like 2026-27")
        @Schema(example = "2026-27") String academicYear,
        @NotNull @Schema(description = "STRATEGIC (layer 1) or SUBJECT, ASPECT, KEY_STAGE (layer 2)", example = "STRATEGIC") PlanLayer layer,
        @Size(max = 200) @Schema(description = "For a layer-2 plan: its subject, aspect or key stage", example = "Mathematics") String focus,
        @Schema(description = "For a layer-2 plan: the layer-1 plan it supports") UUID parentPlanId,
        @Valid @Size(max = 50) List<@NotNull SelfEvaluationLinkBody> selfEvaluationLinks,
        @Valid @Size(max = 50) List<@NotNull KeyIssueBody> inspectionKeyIssues,
        @Size(max = 2000) @Schema(description = "How governors hold the school to account for the plan",
                example = "The standards committee reviews milestones each term; link governor visits for each priority") String governorsRole) {

    @Schema(name = "SelfEvaluationLink", description = "A self-evaluation, audit or review the plan draws on")
    public record SelfEvaluationLinkBody(
            @NotBlank @Size(max = 300) @Schema(example = "Self-evaluation 2025-26 (summer)") String title,
            @Size(max = 500) @Schema(description = "Where to find it: a self-evaluation id or a document reference", example = "self-evaluations/2f0c…") String reference,
            @Size(max = 2000) @Schema(example = "Writing at expected in Year 4 is 12 points below reading; disadvantaged pupils furthest behind") String summary) {
    }

    @Schema(name = "KeyIssue", description = "A key issue from the previous inspection")
    public record KeyIssueBody(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "must be a short code of letters, digits, '.', '_' or '-'")
            @Schema(example = "KI1") String code,
            @NotBlank @Size(max = 2000) @Schema(example = "Improve the consistency of feedback in writing so that pupils act on it") String text) {
    }
}
