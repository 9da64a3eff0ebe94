package org.goldenthread.monitoring.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code finding-withdrawn.v1}: a published finding was deleted or made confidential. */
public record FindingWithdrawn(
        UUID trustId,
        UUID schoolId,
        UUID findingId,
        int revision,
        UUID activityId,
        List<UUID> linkedMilestoneIds,
        String reason,
        OffsetDateTime withdrawnAt) {

    /** The finding was deleted. */
    public static final String DELETED = "DELETED";
    /** The finding was made confidential. */
    public static final String MADE_CONFIDENTIAL = "MADE_CONFIDENTIAL";
}
