package org.goldenthread.monitoring.messaging;

import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.FindingKind;
import org.goldenthread.monitoring.domain.FollowUpOutcome;
import org.goldenthread.monitoring.domain.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code finding-recorded.v1} and {@code finding-updated.v1} (one shape). There is no
 * confidential property: confidential findings are never published.
 */
public record FindingPublished(
        UUID trustId,
        UUID schoolId,
        UUID findingId,
        int revision,
        UUID activityId,
        ActivityType activityType,
        String academicYear,
        Term term,
        LocalDate observedOn,
        String subject,
        List<Integer> yearGroups,
        List<String> focusTags,
        FindingKind kind,
        String statement,
        int judgement,
        String judgementMeaning,
        List<UUID> linkedMilestoneIds,
        UUID followsUpFindingId,
        FollowUpOutcome followUpOutcome,
        int evidenceCount) {
}
