package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.events.PoisonEventException;
import org.goldenthread.plans.domain.ActivityType;
import org.goldenthread.plans.domain.Finding;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.domain.TermlyResult;
import org.goldenthread.plans.domain.TermlyResults;
import org.goldenthread.plans.messaging.FindingPublished;
import org.goldenthread.plans.messaging.FindingWithdrawn;
import org.goldenthread.plans.messaging.TermlyResultsPublished;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The golden thread inside plans-service: applies published termly results and monitoring
 * findings to its own copy of them, then evaluates every milestone they can move from that copy.
 * A snapshot version or a finding revision no higher than the one held is ignored (nothing is
 * re-evaluated), so late or repeated events never move a status; a milestone's evaluation is
 * recorded only when it says something new (status, figure or evidence). Runs in the inbox's
 * transaction, one event at a time.
 */
@ApplicationScoped
public class EvidenceService {
    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    @Inject
    EntityManager em;
    @Inject
    EvidenceLock lock;
    @Inject
    HeldEvidence held;
    @Inject
    MilestoneService milestones;

    /** A school published (or republished) its results for a term: milestones due that term or later move. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int termlyResultsPublished(UUID eventId, String eventType, TermlyResultsPublished r) {
        lock.hold(r.trustId(), r.schoolId());
        TermlyResults copy = em.createQuery("""
                        from TermlyResults
                        where trustId = :trust and schoolId = :school and academicYear = :year and term = :term""", TermlyResults.class)
                .setParameter("trust", r.trustId())
                .setParameter("school", r.schoolId())
                .setParameter("year", r.academicYear())
                .setParameter("term", r.term())
                .getResultStream().findFirst().orElse(null);
        if (copy != null && copy.version >= r.version()) {
            LOG.infof("ignoring termly results v%d of school %s for %s %s (event %s): v%d is held", r.version(),
                    r.schoolId(), r.term(), r.academicYear(), eventId, copy.version);
            return 0;
        }
        if (copy == null) {
            copy = new TermlyResults();
            copy.id = Ids.newId();
            copy.trustId = r.trustId();
            copy.schoolId = r.schoolId();
            copy.academicYear = r.academicYear();
            copy.term = r.term();
        } else {
            copy.results.clear();
        }
        copy.version = r.version();
        copy.snapshotId = r.snapshotId();
        copy.eventId = eventId;
        copy.eventType = eventType;
        copy.publishedAt = r.publishedAt();
        copy.receivedAt = now();
        for (TermlyResultsPublished.Row row : r.results()) {
            copy.results.add(row(row));
        }
        if (!em.contains(copy)) {
            // persisted once complete: Hibernate inserts the state it is given here
            copy.persist();
        }
        em.flush();

        List<Term> terms = Arrays.stream(Term.values()).filter(t -> t.compareTo(r.term()) >= 0).toList();
        List<Milestone> due = em.createQuery("""
                        select m from Milestone m
                        where m.trustId = :trust and m.schoolId = :school and m.measure.measureType = :tracking
                          and m.academicYear = :year and m.term in :terms
                          and m.planId in (select p.id from Plan p where p.status <> :closed)
                        order by m.id""", Milestone.class)
                .setParameter("trust", r.trustId())
                .setParameter("school", r.schoolId())
                .setParameter("tracking", MeasureType.TRACKING)
                .setParameter("year", r.academicYear())
                .setParameter("terms", terms)
                .setParameter("closed", PlanStatus.CLOSED)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<TermlyResults> results = held.termlyResults(r.trustId(), r.schoolId(), r.academicYear());
        int moved = 0;
        String gone = "the results republished as version " + r.version() + " for " + r.term().words() + " "
                + r.academicYear() + " give no figure for it";
        for (Milestone m : due) {
            if (reevaluate(m, TermlyFigures.latest(m.measure, m.dueTerm(), results), eventId, eventType, gone)) {
                moved++;
            }
        }
        LOG.debugf("termly results v%d of school %s for %s %s: %d of %d milestones re-evaluated", r.version(),
                r.schoolId(), r.term(), r.academicYear(), moved, due.size());
        return moved;
    }

    /** A finding was recorded or updated: the milestones it matched before or matches now are evaluated again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int findingPublished(UUID eventId, String eventType, FindingPublished f) {
        lock.hold(f.trustId(), f.schoolId());
        Finding copy = em.find(Finding.class, f.findingId());
        Set<Milestone> affected = new LinkedHashSet<>();
        if (copy != null) {
            requireSameSchool(copy, f.trustId(), f.schoolId(), eventId);
            if (copy.revision >= f.revision()) {
                LOG.infof("ignoring revision %d of finding %s (event %s): revision %d is held", f.revision(),
                        f.findingId(), eventId, copy.revision);
                return 0;
            }
            affected.addAll(matching(copy.trustId, copy.schoolId, copy.activityType, copy.focusTags, copy.linkedMilestoneIds));
        } else {
            copy = new Finding();
            copy.findingId = f.findingId();
            copy.trustId = f.trustId();
            copy.schoolId = f.schoolId();
        }
        copy.revision = f.revision();
        copy.activityId = f.activityId();
        copy.activityType = f.activityType();
        copy.academicYear = f.academicYear();
        copy.term = f.term();
        copy.observedOn = f.observedOn();
        copy.judgement = f.judgement();
        copy.focusTags.clear();
        copy.focusTags.addAll(f.focusTags());
        copy.linkedMilestoneIds.clear();
        copy.linkedMilestoneIds.addAll(f.linkedMilestoneIds());
        copy.withdrawn = false;
        copy.withdrawnReason = null;
        copy.withdrawnAt = null;
        copy.eventId = eventId;
        copy.eventType = eventType;
        copy.receivedAt = now();
        if (!em.contains(copy)) {
            copy.persist();
        }
        em.flush();
        affected.addAll(matching(f.trustId(), f.schoolId(), f.activityType(), f.focusTags(), f.linkedMilestoneIds()));
        int moved = 0;
        for (Milestone m : affected) {
            if (reevaluate(m, held.latestFinding(m), eventId, eventType, "finding " + f.findingId() + " no longer counts for it")) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * A finding was deleted or made confidential: it stops counting, and the milestones it matched
     * are evaluated again from what remains. One withdrawn before its publication arrived is kept
     * as a tombstone, so that the late publication is ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int findingWithdrawn(UUID eventId, String eventType, FindingWithdrawn w) {
        lock.hold(w.trustId(), w.schoolId());
        Finding copy = em.find(Finding.class, w.findingId());
        Set<Milestone> affected = new LinkedHashSet<>();
        if (copy != null) {
            requireSameSchool(copy, w.trustId(), w.schoolId(), eventId);
            if (copy.revision >= w.revision()) {
                LOG.infof("ignoring withdrawal of finding %s at revision %d (event %s): revision %d is held",
                        w.findingId(), w.revision(), eventId, copy.revision);
                return 0;
            }
            affected.addAll(matching(copy.trustId, copy.schoolId, copy.activityType, copy.focusTags, copy.linkedMilestoneIds));
        } else {
            copy = new Finding();
            copy.findingId = w.findingId();
            copy.trustId = w.trustId();
            copy.schoolId = w.schoolId();
        }
        copy.revision = w.revision();
        copy.withdrawn = true;
        copy.withdrawnReason = w.reason();
        copy.withdrawnAt = w.withdrawnAt();
        copy.eventId = eventId;
        copy.eventType = eventType;
        copy.receivedAt = now();
        if (!em.contains(copy)) {
            copy.persist();
        }
        em.flush();
        affected.addAll(matching(w.trustId(), w.schoolId(), null, List.of(), w.linkedMilestoneIds()));
        int moved = 0;
        for (Milestone m : affected) {
            if (reevaluate(m, held.latestFinding(m), eventId, eventType,
                    "finding " + w.findingId() + " was withdrawn (" + w.reason() + ")")) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * Evaluates a milestone from the evidence that now decides it. When an event took away the
     * evidence it had, the evaluation says so and points at that event (the trail keeps a source).
     */
    private boolean reevaluate(Milestone m, Optional<Observation> evidence, UUID eventId, String eventType, String whyGone) {
        Evaluation e = MilestoneEvaluator.evaluate(m.measure, m.dueTerm(), evidence);
        if (evidence.isEmpty() && m.measureStatus != MilestoneStatus.NOT_DUE) {
            e = new Evaluation(MilestoneStatus.NOT_DUE, null, e.target(), e.comparator(),
                    e.explanation() + "; " + whyGone + ", from event " + eventId, eventId, eventType);
        }
        return milestones.applyEvaluation(m, e);
    }

    /**
     * MONITORING milestones a finding can move: those of its school measured by its activity type
     * and one of its focus tags, and those it links (of its school, or a trust plan's), in plans
     * that are not closed.
     */
    private List<Milestone> matching(UUID trustId, UUID schoolId, ActivityType type, Collection<String> tags,
                                     Collection<UUID> linked) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (type != null && tags != null && !tags.isEmpty()) {
            clauses.add("(m.schoolId = :school and m.measure.activityType = :type and m.measure.focusTag in :tags)");
            params.put("type", type);
            params.put("tags", List.copyOf(tags));
        }
        if (linked != null && !linked.isEmpty()) {
            clauses.add("(m.id in :linked and (m.schoolId = :school or m.schoolId is null))");
            params.put("linked", List.copyOf(linked));
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        TypedQuery<Milestone> query = em.createQuery("select m from Milestone m where m.trustId = :trust"
                + " and m.measure.measureType = :monitoring and (" + String.join(" or ", clauses) + ")"
                + " and m.planId in (select p.id from Plan p where p.status <> :closed) order by m.id", Milestone.class)
                .setParameter("trust", trustId)
                .setParameter("school", schoolId)
                .setParameter("monitoring", MeasureType.MONITORING)
                .setParameter("closed", PlanStatus.CLOSED);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A finding never changes school or trust; an event that says so cannot be applied. */
    private static void requireSameSchool(Finding copy, UUID trustId, UUID schoolId, UUID eventId) {
        if (!copy.trustId.equals(trustId) || !copy.schoolId.equals(schoolId)) {
            throw new PoisonEventException("event " + eventId + " puts finding " + copy.findingId + " in school " + schoolId
                    + " of trust " + trustId + ", but it belongs to school " + copy.schoolId + " of trust " + copy.trustId);
        }
    }

    private static TermlyResult row(TermlyResultsPublished.Row in) {
        TermlyResult r = new TermlyResult();
        r.yearGroup = in.yearGroup();
        r.subject = in.subject();
        r.pupilGroup = in.pupilGroup();
        r.cohort = in.cohort();
        TermlyResultsPublished.Exact exact = in.exact();
        r.exactGiven = exact != null;
        if (exact != null) {
            r.exactPctAtOrAboveExpected = oneDecimal(exact.pctAtOrAboveExpected());
            r.exactPctGreaterDepth = oneDecimal(exact.pctGreaterDepth());
            r.exactPctOnTrack = oneDecimal(exact.pctOnTrack());
            r.exactAverageScaledScore = oneDecimal(exact.averageScaledScore());
            r.exactDisadvantagedGap = oneDecimal(exact.disadvantagedGap());
        }
        TermlyResultsPublished.Published published = in.published();
        r.pctAtOrAboveExpected = whole(published.pctAtOrAboveExpected());
        r.pctGreaterDepth = whole(published.pctGreaterDepth());
        r.pctOnTrack = whole(published.pctOnTrack());
        r.averageScaledScore = whole(published.averageScaledScore());
        r.disadvantagedGap = whole(published.disadvantagedGap());
        r.suppressed = Boolean.TRUE.equals(published.suppressed());
        return r;
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
