package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.ActionStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Action", description = "An action of a priority, numbered 1.1, 1.2, …; dueSoon and overdue are derived from its due date")
public record ActionView(
        UUID id, UUID planId, UUID priorityId, UUID objectiveId, UUID schoolId,
        @Schema(example = "1.2") String number,
        @Schema(example = "Weekly modelled-writing sessions in Year 4") String title,
        @Schema(example = "English lead (Mrs Patel)") String lead,
        String leadUserId,
        List<String> supportingStaff,
        LocalDate startDate, LocalDate dueDate, LocalDate reviewDate,
        ActionRequest.ResourcesBody resources,
        String monitoring,
        ActionStatus status,
        @Schema(description = "Open, and due within the configured number of days") boolean dueSoon,
        @Schema(description = "Open, and past its due date") boolean overdue,
        String updatedBy, OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {

    public static ActionView of(Action a, LocalDate today, int dueSoonDays) {
        return new ActionView(a.id, a.planId, a.priorityId, a.objectiveId, a.schoolId, a.number, a.title, a.lead,
                a.leadUserId, a.supportingStaff, a.startDate, a.dueDate, a.reviewDate,
                new ActionRequest.ResourcesBody(a.budgetPence, a.timeAllocation, a.staffing, a.cpd), a.monitoring,
                a.status, a.isDueSoon(today, dueSoonDays), a.isOverdue(today), a.updatedBy, a.updatedAt, a.version);
    }
}
