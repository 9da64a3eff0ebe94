package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.MilestoneEvaluation;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanChange;
import org.goldenthread.plans.messaging.PlanEvents;
import org.goldenthread.plans.rest.MilestoneStatusRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A milestone's status and its evaluation trail. Evidence (or its absence) sets what the measure
 * says; a reviewer may override it with a reason, and the override stays visible beside the
 * measure's own status. Every evaluation is kept; every change of the shown status is recorded in
 * the plan's history and published as milestone-status-changed.
 */
@ApplicationScoped
public class MilestoneService {
    @Inject
    PlanAccess access;
    @Inject
    PlanHistory history;
    @Inject
    PlanEvents events;
    @Inject
    MilestoneEvidence evidence;
    @Inject
    EntityManager em;

    /** Gives a new milestone its first status: from the evidence already held, or NOT_DUE. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void initialise(Milestone m, Actor actor) {
        m.status = MilestoneStatus.NOT_DUE;
        m.measureStatus = MilestoneStatus.NOT_DUE;
        if (m.measure.measureType == MeasureType.MANUAL) {
            m.explanation = "NOT_DUE: a reviewer sets this milestone's status; not yet assessed";
            return;
        }
        Evaluation e = MilestoneEvaluator.evaluate(m.measure, m.dueTerm(), evidence.latestFor(m));
        m.explanation = e.explanation();
        if (e.status() != MilestoneStatus.NOT_DUE) {
            record(m, e, Actor.SYSTEM, true);
        }
    }

    /**
     * After the measure or due term changed: evaluate again from the evidence held (the earlier
     * evaluation was of a different measure). A reviewer's override stays in force.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(Milestone m, Actor actor) {
        if (m.measure.measureType == MeasureType.MANUAL) {
            if (m.measureStatus == null) {
                m.measureStatus = MilestoneStatus.NOT_DUE;
            }
            return;
        }
        Evaluation e = MilestoneEvaluator.evaluate(m.measure, m.dueTerm(), evidence.latestFor(m));
        record(m, e, actor, false);
    }

    /**
     * Applies the evidence that now decides a milestone (a published result or a finding, or none
     * left): what the golden-thread consumers call for each milestone an event can move. Returns
     * whether an evaluation was recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyEvidence(Milestone m, Optional<Observation> observation) {
        return applyEvaluation(m, MilestoneEvaluator.evaluate(m.measure, m.dueTerm(), observation));
    }

    /**
     * Records an evaluation made by the system, unless it says what the milestone's latest one
     * already says (same status, same figure, same evidence): events that bring nothing new leave
     * no trace in the trail and publish nothing. A reviewer's override stays in force.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyEvaluation(Milestone m, Evaluation e) {
        if (saysNothingNew(m, e)) {
            return false;
        }
        record(m, e, Actor.SYSTEM, false);
        return true;
    }

    static boolean saysNothingNew(Milestone m, Evaluation e) {
        boolean sameValue = m.observedValue == null ? e.observedValue() == null
                : e.observedValue() != null && m.observedValue.compareTo(e.observedValue()) == 0;
        // "no evidence" is the same whatever removed the evidence earlier
        boolean sameSource = java.util.Objects.equals(m.sourceEventId, e.sourceEventId())
                || (e.sourceEventId() == null && e.status() == MilestoneStatus.NOT_DUE);
        return m.measureStatus == e.status() && sameValue && sameSource;
    }

    /** A reviewer's status: the status of a MANUAL milestone, or an override of what the evidence says. */
    @Transactional
    public Milestone setStatus(UUID id, String ifMatch, MilestoneStatusRequest request) {
        Milestone m = access.visible(Milestone.class, id, "milestone");
        Plan plan = access.editablePlan(m.planId);
        ETags.requireMatch(ifMatch, m.version);
        Actor actor = access.actor();
        String reason = request.reason().strip();
        Map<String, Object> before = m.historyState();
        MilestoneStatus previous = m.status;
        OffsetDateTime now = PlanService.now();
        MilestoneEvaluation entry;
        if (m.measure.measureType == MeasureType.MANUAL) {
            m.measureStatus = request.status();
            m.status = request.status();
            m.explanation = request.status() + ": set by " + actor.id() + " — " + reason;
            m.evaluatedAt = now;
            m.evaluatedBy = actor.id();
            m.observedValue = null;
            m.sourceEventId = null;
            m.sourceEventType = null;
            entry = trail(m, previous, null, m.explanation, true, reason, actor, now);
        } else {
            m.overrideStatus = request.status();
            m.overrideReason = reason;
            m.overrideBy = actor.id();
            m.overrideAt = now;
            m.status = request.status();
            String text = request.status() + ": overridden by " + actor.id() + " — " + reason + " (the measure says "
                    + m.explanation + ")";
            entry = trail(m, previous, m.observedValue, text, true, reason, actor, now);
        }
        finish(m, plan, before, previous, entry, actor);
        return m;
    }

    /** Ends a reviewer's override: the milestone shows what its measure says again. */
    @Transactional
    public Milestone clearOverride(UUID id, String ifMatch) {
        Milestone m = access.visible(Milestone.class, id, "milestone");
        Plan plan = access.editablePlan(m.planId);
        ETags.requireMatch(ifMatch, m.version);
        if (m.overrideStatus == null) {
            throw ProblemException.conflict("milestone " + m.number + " has no override to remove");
        }
        Actor actor = access.actor();
        Map<String, Object> before = m.historyState();
        MilestoneStatus previous = m.status;
        m.overrideStatus = null;
        m.overrideReason = null;
        m.overrideBy = null;
        m.overrideAt = null;
        m.status = m.measureStatus;
        MilestoneEvaluation entry = trail(m, previous, m.observedValue,
                "Override removed by " + actor.id() + "; the status follows the measure again: " + m.explanation,
                false, "override removed", actor, PlanService.now());
        finish(m, plan, before, previous, entry, actor);
        return m;
    }

    @Transactional
    public List<MilestoneEvaluation> trail(UUID milestoneId, PageRequest page) {
        Milestone m = access.visible(Milestone.class, milestoneId, "milestone");
        UUID after = Cursors.uuid(page);
        var query = em.createQuery("from MilestoneEvaluation where milestoneId = :m"
                        + (after == null ? "" : " and id > :after") + " order by id", MilestoneEvaluation.class)
                .setParameter("m", m.id)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    /**
     * Records an evaluation of the measure and, unless overridden, shows its status. A new
     * milestone's first status is part of its "created" history entry rather than a change.
     */
    private void record(Milestone m, Evaluation e, Actor actor, boolean isNew) {
        Map<String, Object> before = m.historyState();
        MilestoneStatus previous = m.status == null ? MilestoneStatus.NOT_DUE : m.status;
        OffsetDateTime now = PlanService.now();
        m.measureStatus = e.status();
        m.observedValue = e.observedValue();
        m.explanation = e.explanation();
        m.evaluatedAt = now;
        m.evaluatedBy = actor.id();
        m.sourceEventId = e.sourceEventId();
        m.sourceEventType = e.sourceEventId() == null ? null : e.sourceEventType();
        m.status = m.overrideStatus != null ? m.overrideStatus : e.status();
        MilestoneEvaluation entry = trail(m, previous, e.observedValue(), e.explanation(), false, null, actor, now);
        entry.target = e.target();
        entry.comparator = e.comparator();
        entry.sourceEventId = e.sourceEventId();
        entry.sourceEventType = m.sourceEventType;
        if (!isNew) {
            PlanService.stamp(m, actor, false);
            history.updated(m, before, PlanChange.STATUS_CHANGED, actor);
        }
        if (previous != m.status) {
            events.milestoneStatusChanged(m, previous, entry);
        }
    }

    private void finish(Milestone m, Plan plan, Map<String, Object> before, MilestoneStatus previous,
                        MilestoneEvaluation entry, Actor actor) {
        PlanService.stamp(m, actor, false);
        history.updated(m, before, PlanChange.STATUS_CHANGED, actor);
        if (previous != m.status) {
            events.milestoneStatusChanged(m, previous, entry);
        }
        em.flush();
    }

    private MilestoneEvaluation trail(Milestone m, MilestoneStatus previous, java.math.BigDecimal observed, String explanation,
                                      boolean manual, String reason, Actor actor, OffsetDateTime at) {
        MilestoneEvaluation e = new MilestoneEvaluation();
        e.id = SequentialIds.next();
        e.trustId = m.trustId;
        e.schoolId = m.schoolId;
        e.planId = m.planId;
        e.milestoneId = m.id;
        e.previousStatus = previous;
        e.status = m.status;
        e.measureStatus = m.measureStatus;
        e.observedValue = observed;
        e.target = m.measure.effectiveTarget();
        e.comparator = m.measure.effectiveComparator();
        e.explanation = explanation.length() > 1000 ? explanation.substring(0, 999) + "…" : explanation;
        e.sourceEventId = manual ? null : m.sourceEventId;
        e.sourceEventType = manual ? null : m.sourceEventType;
        e.manualOverride = manual;
        e.reason = reason;
        e.evaluatedBy = actor.id();
        e.evaluatedAt = at;
        e.persist();
        return e;
    }
}
