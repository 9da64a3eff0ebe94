package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.Rag;
import org.goldenthread.plans.domain.Term;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Milestone", description = """
        A termly milestone of an action, numbered 1.2.1, … status is what the plan shows; measureStatus is what the \
        measure and its evidence say; while a reviewer's override is in force, override says who set it and why, and \
        both stay visible.""")
public record MilestoneView(
        UUID id, UUID planId, UUID priorityId, UUID actionId, UUID schoolId,
        @Schema(example = "1.2.3") String number,
        @Schema(example = "At least 65% of disadvantaged Year 4 pupils at or above expected in writing by the end of the spring term") String title,
        @Schema(example = "2026-27") String academicYear,
        Term term,
        LocalDate dueDate,
        MeasureBody measure,
        MilestoneStatus status,
        Rag rag,
        MilestoneStatus measureStatus,
        Override override,
        @Schema(description = "The latest evaluation of the measure") Evidence evidence,
        String updatedBy, OffsetDateTime updatedAt,
        @Schema(example = "2") long version) {

    @Schema(name = "MilestoneOverride", description = "A reviewer's status, in force until removed")
    public record Override(MilestoneStatus status, String reason, String by, OffsetDateTime at) {
    }

    @Schema(name = "MilestoneEvidence", description = "What the measure says and why")
    public record Evidence(
            @Schema(example = "67.9") BigDecimal observedValue,
            @Schema(example = "MET: 67.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, target ≥ 65%, from event 1b6f3c2a-9d4e-4f7a-8b1c-2e3d4f5a6b7c") String explanation,
            UUID sourceEventId, String sourceEventType, OffsetDateTime evaluatedAt, String evaluatedBy) {
    }

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id, m.planId, m.priorityId, m.actionId, m.schoolId, m.number, m.title, m.academicYear,
                m.term, m.dueDate, MeasureBody.of(m.measure), m.status, m.status.rag(), m.measureStatus,
                m.overrideStatus == null ? null : new Override(m.overrideStatus, m.overrideReason, m.overrideBy, m.overrideAt),
                new Evidence(Numbers.plain(m.observedValue), m.explanation,
                        m.sourceEventId, m.sourceEventType, m.evaluatedAt, m.evaluatedBy),
                m.updatedBy, m.updatedAt, m.version);
    }
}
