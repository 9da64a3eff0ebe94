package org.goldenthread.plans.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An improvement plan: a school's (or, with no school, the trust's) plan for one academic year,
 * at layer 1 (STRATEGIC) or layer 2 (SUBJECT, ASPECT, KEY_STAGE, supporting a parent plan).
 */
@Entity
@Table(name = "plan")
public class Plan extends Audited {
    public String title;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public PlanLayer layer;
    /** For a layer-2 plan: the subject, aspect or key stage, e.g. "Mathematics", "Attendance", "KS2". */
    public String focus;
    public UUID parentPlanId;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @Convert(converter = Converters.SelfEvaluationLinks.class)
    public List<SelfEvaluationLink> selfEvaluationLinks = List.of();
    @Convert(converter = Converters.KeyIssues.class)
    public List<KeyIssue> inspectionKeyIssues = List.of();
    /** How governors hold the school to account for this plan, e.g. "Standards committee reviews termly". */
    public String governorsRole;
    public String approvedBy;
    public OffsetDateTime approvedAt;
    public String approvalNote;
    public String activatedBy;
    public OffsetDateTime activatedAt;
    public String closedBy;
    public OffsetDateTime closedAt;

    public boolean isTrustPlan() {
        return schoolId == null;
    }

    @Override
    public String itemType() {
        return "PLAN";
    }

    @Override
    public String itemNumber() {
        return null;
    }

    @Override
    public String itemTitle() {
        return title;
    }

    @Override
    public UUID planId() {
        return id;
    }

    @Override
    public Map<String, Object> historyState() {
        return state("title", title, "academicYear", academicYear, "layer", layer, "focus", focus,
                "parentPlanId", parentPlanId, "status", status, "selfEvaluationLinks", selfEvaluationLinks,
                "inspectionKeyIssues", inspectionKeyIssues, "governorsRole", governorsRole,
                "approvedBy", approvedBy, "approvalNote", approvalNote, "activatedBy", activatedBy, "closedBy", closedBy);
    }
}
