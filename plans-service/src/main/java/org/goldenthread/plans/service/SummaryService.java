package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.tenancy.TenantScope;
import org.goldenthread.plans.config.PlansConfig;
import org.goldenthread.plans.domain.ActionStatus;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.PriorityArea;
import org.goldenthread.plans.domain.Rag;
import org.goldenthread.plans.domain.ReviewRating;
import org.goldenthread.plans.rest.SummaryViews.ActionCounts;
import org.goldenthread.plans.rest.SummaryViews.LatestReview;
import org.goldenthread.plans.rest.SummaryViews.MilestoneCounts;
import org.goldenthread.plans.rest.SummaryViews.OverdueAction;
import org.goldenthread.plans.rest.SummaryViews.PlanRollup;
import org.goldenthread.plans.rest.SummaryViews.PlanSummary;
import org.goldenthread.plans.rest.SummaryViews.PrioritySummary;
import org.goldenthread.plans.rest.SummaryViews.TrustSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plan and trust summaries: RAG rolled up per priority and per plan, milestones by status,
 * overdue actions and budget. A handful of aggregate queries per request, whatever the plan's size.
 */
@ApplicationScoped
public class SummaryService {
    private static final List<ActionStatus> OPEN = List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS);

    @Inject
    PlanAccess access;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PlansConfig config;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Milestone counts and action figures of one priority (or one plan), as the queries return them. */
    private static final class Tally {
        final Map<MilestoneStatus, Integer> milestones = new EnumMap<>(MilestoneStatus.class);
        int actions;
        int completed;
        int overdue;
        int dueSoon;
        long budget;

        Rag rag() {
            Rag rag = Rag.NONE;
            for (Map.Entry<MilestoneStatus, Integer> e : milestones.entrySet()) {
                if (e.getValue() > 0) {
                    rag = rag.worst(e.getKey().rag());
                }
            }
            return overdue > 0 ? rag.worst(Rag.AMBER) : rag;
        }

        MilestoneCounts milestoneCounts() {
            return MilestoneCounts.of(milestones);
        }

        ActionCounts actionCounts() {
            return new ActionCounts(actions, completed, overdue, dueSoon);
        }
    }

    /**
     * What a summary was computed from: the plan's version, how many changes its history holds
     * (every change to the plan or a part of it, a milestone's status included, adds one, whatever
     * replica made it, and a late commit still raises the count) and the day overdue is reckoned on.
     */
    private record Revision(long version, long changes, LocalDate today) {
    }

    private record Cached(Revision revision, PlanSummary summary) {
    }

    // Summaries by plan, reused while the revision holds; bounded, and simply emptied when full.
    private static final int CACHE_LIMIT = 10_000;
    private final Map<UUID, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One plan's summary. One indexed statement, scoped to the tenant, reads the plan's revision: when
     * a summary of that revision is held it is the answer, with no transaction or session opened;
     * otherwise {@link #make} makes it.
     */
    public PlanSummary plan(UUID planId) {
        TenantScope scope = access.scope();
        Revision revision = revision(planId, scope);
        if (revision == null) {
            throw org.goldenthread.platform.problem.ProblemException.notFound("plan " + planId);
        }
        Cached held = cache.get(planId);
        if (held != null && held.revision().equals(revision)) {
            metrics.counter("goldenthread.plans.summary.reused").increment();
            return held.summary();
        }
        return io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() -> make(planId));
    }

    private Revision revision(UUID planId, TenantScope scope) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("""
                     SELECT p.version, (SELECT count(*) FROM plan_change c WHERE c.plan_id = p.id) FROM plan p
                     WHERE p.id = ? AND p.trust_id = ? AND (? OR p.school_id IS NULL OR p.school_id = ANY(?))""")) {
            ps.setObject(1, planId);
            ps.setObject(2, scope.trustId());
            ps.setBoolean(3, scope.trustWide());
            ps.setArray(4, c.createArrayOf("uuid", scope.schoolIdArray()));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Revision(rs.getLong(1), rs.getLong(2), LocalDate.now(clock)) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the revision of plan " + planId, e);
        }
    }

    /**
     * Makes the summary in one transaction: the tenant-scoped plan query also reads the revision, then
     * four projection queries (priorities, milestone counts, actions, latest review) load no entity.
     * The revision is read before the parts, so a change committing in between makes the next read a
     * miss, never a stale hit.
     */
    PlanSummary make(UUID planId) {
        TenantScope scope = access.scope();
        TypedQuery<Object[]> planQuery = em.createQuery("select p.id, p.schoolId, p.title, p.academicYear, p.layer, p.status, "
                + "p.version, (select count(c) from PlanChange c where c.planId = p.id) "
                + "from Plan p where p.id = :plan and " + scope.whereIncludingTrustLevel("p"), Object[].class);
        scope.params().map().forEach(planQuery::setParameter);
        List<Object[]> plans = planQuery.setParameter("plan", planId).getResultList();
        if (plans.isEmpty()) {
            throw org.goldenthread.platform.problem.ProblemException.notFound("plan " + planId);
        }
        Object[] plan = plans.get(0);
        LocalDate today = LocalDate.now(clock);
        Revision revision = new Revision(((Number) plan[6]).longValue(), ((Number) plan[7]).longValue(), today);
        Cached held = cache.get(planId);
        if (held != null && held.revision().equals(revision)) {
            metrics.counter("goldenthread.plans.summary.reused").increment();
            return held.summary();
        }
        metrics.counter("goldenthread.plans.summary.made").increment();
        PlanSummary summary = compute(planId, plan, today);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(planId, new Cached(revision, summary));
        return summary;
    }

    private PlanSummary compute(UUID planId, Object[] plan, LocalDate today) {
        LocalDate soon = today.plusDays(config.dueSoonDays());
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        List<Object[]> priorities = em.createQuery("""
                        select p.id, p.number, p.title, p.area, p.customArea from Priority p
                        where p.planId = :plan order by p.position""", Object[].class)
                .setParameter("plan", planId).getResultList();
        priorities.forEach(p -> tallies.put((UUID) p[0], new Tally()));
        countMilestones("m.planId = :plan", Map.of("plan", planId), row -> tallies.get((UUID) row[1]));
        List<OverdueAction> overdue = new ArrayList<>();
        for (Object[] a : em.createQuery("""
                        select a.id, a.priorityId, a.number, a.title, a.lead, a.dueDate, a.status, a.budgetPence
                        from Action a where a.planId = :plan order by a.dueDate, a.number""", Object[].class)
                .setParameter("plan", planId).getResultList()) {
            Tally t = tallies.get((UUID) a[1]);
            if (t == null) {
                continue;
            }
            LocalDate due = (LocalDate) a[5];
            ActionStatus status = (ActionStatus) a[6];
            t.actions++;
            t.budget += a[7] == null ? 0 : (Long) a[7];
            if (status == ActionStatus.COMPLETED) {
                t.completed++;
            }
            if (status.isOpen() && due != null && due.isBefore(today)) {
                t.overdue++;
                overdue.add(new OverdueAction((UUID) a[0], (UUID) a[1], (String) a[2], (String) a[3], (String) a[4], due,
                        ChronoUnit.DAYS.between(due, today)));
            } else if (status.isOpen() && due != null && !due.isAfter(soon)) {
                t.dueSoon++;
            }
        }
        List<Object[]> reviews = em.createQuery("""
                        select r.id, r.reviewedOn, r.title, r.overallRag, r.ratings from Review r
                        where r.planId = :plan order by r.reviewedOn desc, r.id desc""", Object[].class)
                .setParameter("plan", planId).setMaxResults(1).getResultList();
        Object[] latest = reviews.isEmpty() ? null : reviews.get(0);
        Map<UUID, Rag> reviewRags = new HashMap<>();
        if (latest != null) {
            @SuppressWarnings("unchecked")
            List<ReviewRating> ratings = (List<ReviewRating>) latest[4];
            ratings.stream().filter(r -> ReviewRating.PRIORITY.equals(r.itemType())).forEach(r -> reviewRags.put(r.itemId(), r.rag()));
        }
        List<PrioritySummary> prioritySummaries = new ArrayList<>();
        Rag planRag = Rag.NONE;
        Tally total = new Tally();
        for (Object[] p : priorities) {
            Tally t = tallies.get((UUID) p[0]);
            Rag rag = t.rag();
            planRag = planRag.worst(rag);
            add(total, t);
            PriorityArea area = (PriorityArea) p[3];
            prioritySummaries.add(new PrioritySummary((UUID) p[0], (String) p[1], (String) p[2],
                    area == PriorityArea.CUSTOM && p[4] != null ? (String) p[4] : area.label(), rag,
                    reviewRags.get((UUID) p[0]), t.milestoneCounts(), t.actionCounts(), t.budget));
        }
        return new PlanSummary((UUID) plan[0], (UUID) plan[1], (String) plan[2], (String) plan[3], (PlanLayer) plan[4],
                (PlanStatus) plan[5], planRag, total.milestoneCounts(), total.actionCounts(), total.budget,
                List.copyOf(prioritySummaries), List.copyOf(overdue.size() > 200 ? overdue.subList(0, 200) : overdue),
                latest == null ? null : new LatestReview((UUID) latest[0], (LocalDate) latest[1], (String) latest[2], (Rag) latest[3]),
                today);
    }

    @Transactional
    public TrustSummary trust(String academicYear, PlanLayer layer, UUID schoolId) {
        TenantScope scope = access.scope();
        LocalDate today = LocalDate.now(clock);
        StringBuilder jpql = new StringBuilder("from Plan p where ").append(scope.whereIncludingTrustLevel("p"));
        Map<String, Object> params = new HashMap<>(scope.params().map());
        if (academicYear != null) {
            jpql.append(" and p.academicYear = :year");
            params.put("year", academicYear);
        }
        if (layer != null) {
            jpql.append(" and p.layer = :layer");
            params.put("layer", layer);
        }
        if (schoolId != null) {
            jpql.append(" and p.schoolId = :school");
            params.put("school", schoolId);
        }
        jpql.append(" order by p.schoolId nulls first, p.academicYear, p.layer, p.id");
        TypedQuery<Plan> query = em.createQuery(jpql.toString(), Plan.class).setMaxResults(2000);
        params.forEach(query::setParameter);
        List<Plan> plans = query.getResultList();
        Map<UUID, Map<UUID, Tally>> byPlan = new HashMap<>();
        plans.forEach(p -> byPlan.put(p.id, new LinkedHashMap<>()));
        if (!plans.isEmpty()) {
            Map<String, Object> ids = Map.of("plans", byPlan.keySet());
            em.createQuery("select p.planId, p.id from Priority p where p.planId in :plans", Object[].class)
                    .setParameter("plans", byPlan.keySet()).getResultList()
                    .forEach(row -> byPlan.get((UUID) row[0]).put((UUID) row[1], new Tally()));
            countMilestones("m.planId in :plans", ids, row -> byPlan.get((UUID) row[0]).get((UUID) row[1]));
            countActions("a.planId in :plans", ids, today, row -> byPlan.get((UUID) row[0]).get((UUID) row[1]));
        }
        List<PlanRollup> rollups = new ArrayList<>();
        Map<Rag, Integer> planRags = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            planRags.put(r, 0);
        }
        Tally all = new Tally();
        for (Plan plan : plans) {
            Tally planTally = new Tally();
            Map<Rag, Integer> priorityRags = new EnumMap<>(Rag.class);
            for (Rag r : Rag.values()) {
                priorityRags.put(r, 0);
            }
            Rag planRag = Rag.NONE;
            for (Tally t : byPlan.get(plan.id).values()) {
                Rag rag = t.rag();
                priorityRags.merge(rag, 1, Integer::sum);
                planRag = planRag.worst(rag);
                add(planTally, t);
            }
            add(all, planTally);
            planRags.merge(planRag, 1, Integer::sum);
            rollups.add(new PlanRollup(plan.id, plan.schoolId, plan.title, plan.academicYear, plan.layer, plan.status,
                    planRag, priorityRags, planTally.milestoneCounts(), planTally.actionCounts(), planTally.budget));
        }
        return new TrustSummary(scope.trustId(), academicYear, planRags, all.milestoneCounts(), all.actionCounts(),
                all.budget, rollups, today);
    }

    /** Rows of (planId, priorityId, status, count); {@code tally} finds where each row goes. */
    private void countMilestones(String where, Map<String, Object> params, java.util.function.Function<Object[], Tally> tally) {
        TypedQuery<Object[]> q = em.createQuery("select m.planId, m.priorityId, m.status, count(m) from Milestone m where "
                + where + " group by m.planId, m.priorityId, m.status", Object[].class);
        params.forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            Tally t = tally.apply(row);
            if (t != null) {
                t.milestones.merge((MilestoneStatus) row[2], ((Number) row[3]).intValue(), Integer::sum);
            }
        }
    }

    /** Rows of (planId, priorityId, total, completed, overdue, dueSoon, budget). */
    private void countActions(String where, Map<String, Object> params, LocalDate today,
                              java.util.function.Function<Object[], Tally> tally) {
        TypedQuery<Object[]> q = em.createQuery("""
                select a.planId, a.priorityId, count(a),
                       sum(case when a.status = :completed then 1 else 0 end),
                       sum(case when a.status in :open and a.dueDate < :today then 1 else 0 end),
                       sum(case when a.status in :open and a.dueDate >= :today and a.dueDate <= :soon then 1 else 0 end),
                       sum(coalesce(a.budgetPence, 0))
                from Action a""" + " where " + where + " group by a.planId, a.priorityId", Object[].class);
        params.forEach(q::setParameter);
        q.setParameter("completed", ActionStatus.COMPLETED).setParameter("open", OPEN).setParameter("today", today)
                .setParameter("soon", today.plusDays(config.dueSoonDays()));
        for (Object[] row : q.getResultList()) {
            Tally t = tally.apply(row);
            if (t != null) {
                t.actions += ((Number) row[2]).intValue();
                t.completed += ((Number) row[3]).intValue();
                t.overdue += ((Number) row[4]).intValue();
                t.dueSoon += ((Number) row[5]).intValue();
                t.budget += ((Number) row[6]).longValue();
            }
        }
    }

    private static void add(Tally into, Tally t) {
        t.milestones.forEach((s, n) -> into.milestones.merge(s, n, Integer::sum));
        into.actions += t.actions;
        into.completed += t.completed;
        into.overdue += t.overdue;
        into.dueSoon += t.dueSoon;
        into.budget += t.budget;
    }
}
