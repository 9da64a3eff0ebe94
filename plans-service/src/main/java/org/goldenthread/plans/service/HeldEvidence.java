package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.goldenthread.plans.domain.Finding;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.domain.TermlyResults;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The evidence plans-service holds — its own copy of published termly results and monitoring
 * findings — and the latest of it that matches a milestone's measure.
 * <ul>
 *   <li>TRACKING: see {@link TermlyFigures}; results of the milestone's school and academic year.</li>
 *   <li>MONITORING: non-withdrawn findings of the milestone's school with its activity type and its
 *   focus tag among theirs, from its academic year up to its due term; and findings that link the
 *   milestone explicitly (of its school; of any school of the trust for a trust plan). The most
 *   recent — by the day observed, then revision — decides.</li>
 * </ul>
 */
@ApplicationScoped
public class HeldEvidence implements MilestoneEvidence {
    @Inject
    EntityManager em;
    @Inject
    EvidenceLock lock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Observation> latestFor(Milestone m) {
        lock.hold(m.trustId, m.schoolId);
        return switch (m.measure.measureType) {
            case TRACKING -> m.schoolId == null ? Optional.empty()
                    : TermlyFigures.latest(m.measure, m.dueTerm(), termlyResults(m.trustId, m.schoolId, m.academicYear));
            case MONITORING -> latestFinding(m);
            case MANUAL -> Optional.empty();
        };
    }

    /** Every term's current results of a school for an academic year, with their rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TermlyResults> termlyResults(UUID trustId, UUID schoolId, String academicYear) {
        return em.createQuery("""
                        select distinct t from TermlyResults t left join fetch t.results
                        where t.trustId = :trust and t.schoolId = :school and t.academicYear = :year""", TermlyResults.class)
                .setParameter("trust", trustId)
                .setParameter("school", schoolId)
                .setParameter("year", academicYear)
                .getResultList();
    }

    /** The finding that decides a MONITORING milestone now, as evidence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Observation> latestFinding(Milestone m) {
        StringBuilder jpql = new StringBuilder("select f from Finding f where f.trustId = :trust and f.withdrawn = false and (");
        if (m.schoolId != null) {
            jpql.append("(f.schoolId = :school and f.activityType = :type and f.academicYear = :year and :tag member of f.focusTags)")
                    .append(" or (f.schoolId = :school and :milestone member of f.linkedMilestoneIds))");
        } else {
            jpql.append(":milestone member of f.linkedMilestoneIds)");
        }
        TypedQuery<Finding> query = em.createQuery(jpql.toString(), Finding.class)
                .setParameter("trust", m.trustId)
                .setParameter("milestone", m.id);
        if (m.schoolId != null) {
            query.setParameter("school", m.schoolId)
                    .setParameter("type", m.measure.activityType)
                    .setParameter("year", m.academicYear)
                    .setParameter("tag", m.measure.focusTag);
        }
        TermOfYear due = m.dueTerm();
        return query.getResultList().stream()
                .filter(f -> f.linkedMilestoneIds.contains(m.id) || !due.isBefore(f.termOfYear()))
                .max(Comparator.comparing((Finding f) -> f.observedOn)
                        .thenComparingInt(f -> f.revision)
                        .thenComparing(f -> f.receivedAt))
                .map(f -> new Observation(java.math.BigDecimal.valueOf(f.judgement), f.termOfYear(), null, f.eventId,
                        f.eventType, f.observedOn, about(m, f)));
    }

    /** Null when the measure describes the finding ("work scrutiny on developmental-marking"); else what it was. */
    private static String about(Milestone m, Finding f) {
        boolean asMeasured = f.activityType == m.measure.activityType && f.focusTags.contains(m.measure.focusTag);
        return asMeasured ? null : f.activityType.words() + " linked to this milestone";
    }
}
