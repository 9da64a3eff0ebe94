package org.goldenthread.monitoring.messaging;

import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of {@code org.goldenthread.monitoring.activity-completed.v1} (contracts/events). */
public record ActivityCompleted(
        UUID trustId,
        UUID schoolId,
        UUID activityId,
        ActivityType activityType,
        String subject,
        List<Integer> yearGroups,
        List<String> focusTags,
        String academicYear,
        Term term,
        LocalDate completedOn,
        List<UUID> linkedMilestoneIds,
        List<UUID> linkedActionIds,
        int findingCount) {
}
