package org.goldenthread.plans.messaging;

import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.plans.domain.ActivityType;
import org.goldenthread.plans.domain.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * plans-service's copy of the fields it reads from {@code org.goldenthread.monitoring.finding-recorded.v1}
 * and {@code finding-updated.v1} (contracts/events; the two share one shape): a finding at a revision.
 */
public record FindingPublished(UUID trustId, UUID schoolId, UUID findingId, Integer revision, UUID activityId,
                               ActivityType activityType, String academicYear, Term term, LocalDate observedOn,
                               List<String> focusTags, Integer judgement, List<UUID> linkedMilestoneIds) {
    public static final String RECORDED = "org.goldenthread.monitoring.finding-recorded.v1";
    public static final String UPDATED = "org.goldenthread.monitoring.finding-updated.v1";

    FindingPublished checked(CloudEvent event) {
        new ContractCheck(event).tenant(trustId, schoolId)
                .present(findingId, "findingId")
                .atLeast(revision, 1, "revision")
                .present(activityId, "activityId")
                .present(activityType, "activityType")
                .academicYear(academicYear, "academicYear")
                .present(term, "term")
                .present(observedOn, "observedOn")
                .focusTags(focusTags, "focusTags")
                .between(judgement, 1, 4, "judgement")
                .ids(linkedMilestoneIds, "linkedMilestoneIds")
                .done();
        return this;
    }
}
