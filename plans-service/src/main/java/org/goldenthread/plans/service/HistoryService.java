package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanChange;

import java.util.List;
import java.util.UUID;

/** Reads a plan's history, newest change first, optionally for one item. */
@ApplicationScoped
public class HistoryService {
    @Inject
    PlanAccess access;
    @Inject
    EntityManager em;

    @Transactional
    public List<PlanChange> list(UUID planId, UUID itemId, PageRequest page) {
        Plan plan = access.visiblePlan(planId);
        UUID after = Cursors.uuid(page);
        var query = em.createQuery("from PlanChange where planId = :p"
                        + (itemId == null ? "" : " and itemId = :item")
                        + (after == null ? "" : " and id < :after") + " order by id desc", PlanChange.class)
                .setParameter("p", plan.id).setMaxResults(page.fetchSize());
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }
}
