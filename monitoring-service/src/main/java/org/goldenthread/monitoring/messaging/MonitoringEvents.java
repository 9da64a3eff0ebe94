package org.goldenthread.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes monitoring-service's events to the outbox, in the caller's transaction. Only this class
 * builds event data, so nothing confidential can slip into one: callers pass only findings that
 * may be published, and the data records have no place for confidential text.
 */
@ApplicationScoped
public class MonitoringEvents {
    public static final String TOPIC = "monitoring.events";
    public static final String ACTIVITY_COMPLETED = "org.goldenthread.monitoring.activity-completed.v1";
    public static final String FINDING_RECORDED = "org.goldenthread.monitoring.finding-recorded.v1";
    public static final String FINDING_UPDATED = "org.goldenthread.monitoring.finding-updated.v1";
    public static final String FINDING_WITHDRAWN = "org.goldenthread.monitoring.finding-withdrawn.v1";

    @Inject
    Outbox outbox;

    public void activityCompleted(MonitoringActivity a, int publishableFindings) {
        outbox.write(TOPIC, a.schoolId.toString(), ACTIVITY_COMPLETED,
                "schools/" + a.schoolId + "/monitoring-activities/" + a.id, a.trustId, a.schoolId,
                new ActivityCompleted(a.trustId, a.schoolId, a.id, a.type, a.subject, List.copyOf(a.yearGroups),
                        List.copyOf(a.focusTags), a.academicYear, a.term, a.completedOn,
                        List.copyOf(a.linkedMilestoneIds), List.copyOf(a.linkedActionIds), publishableFindings));
    }

    /** finding-recorded (first publication) or finding-updated (a change to a published finding). */
    public void findingPublished(Finding f, boolean firstTime) {
        if (f.confidential) {
            throw new IllegalStateException("confidential finding " + f.id + " must never be published");
        }
        MonitoringActivity a = f.activity;
        outbox.write(TOPIC, f.schoolId.toString(), firstTime ? FINDING_RECORDED : FINDING_UPDATED, subject(f),
                f.trustId, f.schoolId,
                new FindingPublished(f.trustId, f.schoolId, f.id, f.revision, a.id, a.type, a.academicYear, a.term,
                        f.observedOn, f.subject, List.copyOf(f.yearGroups), List.copyOf(f.focusTags), f.kind,
                        f.statement, f.judgement, Judgement.meaningOf(f.judgement), List.copyOf(f.linkedMilestoneIds),
                        f.followsUpFindingId, f.followUpOutcome, f.evidenceIds.size()));
    }

    public void findingWithdrawn(Finding f, String reason) {
        outbox.write(TOPIC, f.schoolId.toString(), FINDING_WITHDRAWN, subject(f), f.trustId, f.schoolId,
                new FindingWithdrawn(f.trustId, f.schoolId, f.id, f.revision, f.activity.id,
                        List.copyOf(f.linkedMilestoneIds), reason,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
    }

    private static String subject(Finding f) {
        return "schools/" + f.schoolId + "/findings/" + f.id;
    }
}
