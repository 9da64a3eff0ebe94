package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.KeyIssue;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.SelfEvaluationLink;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Plan", description = "An improvement plan. schoolId is absent for a trust-level plan.")
public record PlanView(
        UUID id, UUID trustId, UUID schoolId,
        @Schema(example = "School improvement plan 2026-27") String title,
        @Schema(example = "2026-27") String academicYear,
        PlanLayer layer,
        @Schema(example = "Mathematics") String focus,
        UUID parentPlanId,
        PlanStatus status,
        List<SelfEvaluationLink> selfEvaluationLinks,
        List<KeyIssue> inspectionKeyIssues,
        @Schema(example = "The standards committee reviews milestones each term") String governorsRole,
        @Schema(description = "Who approved the plan and when (absent while DRAFT)") Approval approval,
        String activatedBy, OffsetDateTime activatedAt,
        String closedBy, OffsetDateTime closedAt,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
        @Schema(description = "Also in the ETag header; send it back in If-Match to change the plan", example = "3") long version) {

    @Schema(name = "Approval")
    public record Approval(String approvedBy, OffsetDateTime approvedAt,
                           @Schema(example = "Approved by the full governing body on 15 September 2026") String note) {
    }

    public static PlanView of(Plan p) {
        return new PlanView(p.id, p.trustId, p.schoolId, p.title, p.academicYear, p.layer, p.focus, p.parentPlanId,
                p.status, p.selfEvaluationLinks, p.inspectionKeyIssues, p.governorsRole,
                p.approvedBy == null ? null : new Approval(p.approvedBy, p.approvedAt, p.approvalNote),
                p.activatedBy, p.activatedAt, p.closedBy, p.closedAt, p.createdBy, p.createdAt, p.updatedBy, p.updatedAt,
                p.version);
    }
}
