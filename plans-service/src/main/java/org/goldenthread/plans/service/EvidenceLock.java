package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Serialises, per school, the two ways a milestone meets its evidence: an event applied to the
 * copy (and to the milestones it matches) and a milestone created or edited (evaluated from the
 * copy). Without it, a milestone created while results arrive could read the copy before the
 * results commit while the consumer looks for milestones before the new one commits, and neither
 * would evaluate it. A PostgreSQL transaction-scoped advisory lock, released at commit; take it
 * before touching any milestone row so that it never waits behind one.
 */
@ApplicationScoped
public class EvidenceLock {
    /** The first key of the two-key advisory lock space: "evidence of plans-service". */
    private static final int NAMESPACE = 0x676c7468;

    @Inject
    EntityManager em;

    /** Holds the lock of the school (the trust, for a trust plan) until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(UUID trustId, UUID schoolId) {
        UUID key = schoolId != null ? schoolId : trustId;
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS held")
                .setParameter(1, NAMESPACE)
                .setParameter(2, key.hashCode())
                .getSingleResult();
    }
}
