package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.ActivityStatus;
import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.domain.Participant;
import org.goldenthread.monitoring.domain.Term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A monitoring activity as the calendar shows it. */
@Schema(name = "Activity", description = "A monitoring activity on a school's calendar.")
public record ActivityView(
        @Schema(example = "0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d") UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "WORK_SCRUTINY") ActivityType type,
        @Schema(example = "Maths work scrutiny: calculation and reasoning") String title,
        @Schema(example = "PLANNED") ActivityStatus status,
        @Schema(description = "Still PLANNED after its planned date", example = "false") boolean overdue,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "SPRING") Term term,
        @Schema(example = "2027-01-21") LocalDate plannedOn,
        @Schema(description = "Set when COMPLETED", example = "2027-01-21") LocalDate completedOn,
        @Schema(description = "Set when CANCELLED") OffsetDateTime cancelledAt,
        @Schema(description = "Why it was cancelled", example = "Moved to the summer term") String cancellationReason,
        @Schema(example = "Mrs Patel, mathematics subject leader") String lead,
        List<Participant> participants,
        @Schema(example = "Mathematics") String subject,
        @Schema(example = "[1, 2, 3, 4, 5, 6]") List<Integer> yearGroups,
        @Schema(example = "[\"developmental-marking\", \"differentiation\"]") List<String> focusTags,
        @Schema(example = "[\"d4c3b2a1-6f5e-4b7a-9d8c-5b4a3f2e1d0c\"]") List<UUID> linkedMilestoneIds,
        @Schema(example = "[\"b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e\"]") List<UUID> linkedActionIds,
        @Schema(example = "Check the impact of the calculation policy since the autumn.") String purpose,
        @Schema(example = "Books from every class sampled.") String summary,
        @Schema(description = "Findings you can see (confidential ones only if you may see them)", example = "7") long findingCount,
        @Schema(example = "school_leader@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Also the ETag", example = "2") long version) {

    public static ActivityView of(MonitoringActivity a, long findingCount, LocalDate today) {
        return new ActivityView(a.id, a.schoolId, a.type, a.title, a.status,
                a.status == ActivityStatus.PLANNED && a.plannedOn.isBefore(today), a.academicYear, a.term, a.plannedOn,
                a.completedOn, a.cancelledAt, a.cancellationReason, a.lead, List.copyOf(a.participants), a.subject,
                List.copyOf(a.yearGroups), List.copyOf(a.focusTags), List.copyOf(a.linkedMilestoneIds),
                List.copyOf(a.linkedActionIds), a.purpose, a.summary, findingCount, a.createdBy, a.createdAt, a.updatedAt,
                a.version);
    }
}
