package org.goldenthread.plans.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.outbox.Outbox;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.MilestoneEvaluation;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes plans-service's events to the outbox, in the transaction of the change: topic
 * {@code plans.events}, key the school id (the trust id for a trust plan) so one school's events
 * stay in order.
 */
@ApplicationScoped
public class PlanEvents {
    public static final String TOPIC = "plans.events";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void planStatusChanged(Plan plan, PlanStatus previous, String changedBy, OffsetDateTime at) {
        outbox.write(TOPIC, key(plan.trustId, plan.schoolId), PlanStatusChanged.TYPE, "plans/" + plan.id,
                plan.trustId, plan.schoolId,
                new PlanStatusChanged(plan.trustId, plan.schoolId, plan.id, plan.title, plan.academicYear,
                        plan.layer.name(), previous.name(), plan.status.name(), changedBy, time(at)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void milestoneStatusChanged(Milestone m, MilestoneStatus previous, MilestoneEvaluation e) {
        outbox.write(TOPIC, key(m.trustId, m.schoolId), MilestoneStatusChanged.TYPE,
                "plans/" + m.planId + "/milestones/" + m.id, m.trustId, m.schoolId,
                new MilestoneStatusChanged(m.trustId, m.schoolId, m.planId, m.priorityId, m.id, m.number, m.title,
                        m.academicYear, m.term.name(), m.measure.measureType.name(), previous.name(), m.status.name(),
                        e.observedValue, e.target, e.comparator == null ? null : e.comparator.name(), e.explanation,
                        e.sourceEventId, e.sourceEventId == null ? null : e.sourceEventType, e.manualOverride,
                        e.reason, e.evaluatedBy, time(e.evaluatedAt)));
    }

    private static String key(java.util.UUID trustId, java.util.UUID schoolId) {
        return (schoolId != null ? schoolId : trustId).toString();
    }

    private static String time(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
