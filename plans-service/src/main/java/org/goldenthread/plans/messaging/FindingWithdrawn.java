package org.goldenthread.plans.messaging;

import org.goldenthread.platform.events.CloudEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * plans-service's copy of the fields it reads from {@code org.goldenthread.monitoring.finding-withdrawn.v1}
 * (contracts/events): a published finding was deleted or made confidential.
 */
public record FindingWithdrawn(UUID trustId, UUID schoolId, UUID findingId, Integer revision,
                               List<UUID> linkedMilestoneIds, String reason, OffsetDateTime withdrawnAt) {
    public static final String TYPE = "org.goldenthread.monitoring.finding-withdrawn.v1";

    FindingWithdrawn checked(CloudEvent event) {
        new ContractCheck(event).tenant(trustId, schoolId)
                .present(findingId, "findingId")
                .atLeast(revision, 1, "revision")
                .ids(linkedMilestoneIds, "linkedMilestoneIds")
                .present(reason, "reason")
                .require(reason == null || (!reason.isBlank() && reason.length() <= 500), "reason",
                        "must be 1 to 500 characters")
                .present(withdrawnAt, "withdrawnAt")
                .done();
        return this;
    }
}
