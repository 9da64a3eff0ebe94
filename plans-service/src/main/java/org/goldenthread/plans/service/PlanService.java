package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.TenantScope;
import org.goldenthread.plans.domain.KeyIssue;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.domain.SelfEvaluationLink;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.messaging.PlanEvents;
import org.goldenthread.plans.rest.PlanRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Plans: creating, changing and deleting them, and moving them through DRAFT → APPROVED → ACTIVE → CLOSED. */
@ApplicationScoped
public class PlanService {
    @Inject
    PlanAccess access;
    @Inject
    PlanHistory history;
    @Inject
    PlanEvents events;
    @Inject
    EntityManager em;

    /** Filters of the plan list; null means any. */
    public record PlanFilter(UUID schoolId, String academicYear, PlanStatus status, PlanLayer layer, UUID parentPlanId) {
    }

    @Transactional
    public Plan create(PlanRequest request) {
        access.requireCreate(request.schoolId(), request.layer());
        Plan plan = new Plan();
        plan.id = Ids.newId();
        plan.trustId = access.scope().trustId();
        plan.schoolId = request.schoolId();
        plan.status = PlanStatus.DRAFT;
        apply(plan, request);
        Actor actor = access.actor();
        stamp(plan, actor, true);
        plan.persist();
        history.created(plan, actor);
        em.flush();
        return plan;
    }

    @Transactional
    public Plan get(UUID id) {
        return access.visiblePlan(id);
    }

    @Transactional
    public List<Plan> list(PlanFilter filter, PageRequest page) {
        TenantScope scope = access.scope();
        StringBuilder jpql = new StringBuilder("from Plan p where ").append(scope.whereIncludingTrustLevel("p"));
        Map<String, Object> params = new java.util.HashMap<>(scope.params().map());
        if (filter.schoolId() != null) {
            jpql.append(" and p.schoolId = :schoolId");
            params.put("schoolId", filter.schoolId());
        }
        if (filter.academicYear() != null) {
            jpql.append(" and p.academicYear = :year");
            params.put("year", filter.academicYear());
        }
        if (filter.status() != null) {
            jpql.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.layer() != null) {
            jpql.append(" and p.layer = :layer");
            params.put("layer", filter.layer());
        }
        if (filter.parentPlanId() != null) {
            jpql.append(" and p.parentPlanId = :parent");
            params.put("parent", filter.parentPlanId());
        }
        UUID after = Cursors.uuid(page);
        if (after != null) {
            jpql.append(" and p.id > :after");
            params.put("after", after);
        }
        jpql.append(" order by p.id");
        TypedQuery<Plan> query = em.createQuery(jpql.toString(), Plan.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    @Transactional
    public Plan update(UUID id, String ifMatch, PlanRequest request) {
        Plan plan = access.visiblePlan(id);
        access.requireEdit(plan);
        ETags.requireMatch(ifMatch, plan.version);
        if (request.schoolId() != null && !request.schoolId().equals(plan.schoolId)) {
            throw ProblemException.invalidField("schoolId", "cannot change: a plan stays with the school it was made for");
        }
        Map<String, Object> before = plan.historyState();
        UUID oldParent = plan.parentPlanId;
        Set<String> oldCodes = codes(plan.inspectionKeyIssues);
        apply(plan, request);
        if (!access.canEdit(plan)) {
            // e.g. a subject leader turning their subject plan into a strategic one
            throw ProblemException.forbidden("your role cannot make this a " + plan.layer + " plan");
        }
        if (oldParent != null && !oldParent.equals(plan.parentPlanId)) {
            List<Priority> linked = em.createQuery("from Priority where planId = :p and parentPriorityId is not null", Priority.class)
                    .setParameter("p", plan.id).getResultList();
            if (!linked.isEmpty()) {
                throw ProblemException.conflict("priorities " + numbers(linked) + " support priorities of the current parent plan; "
                        + "unlink them (parentPriorityId) before changing parentPlanId");
            }
        }
        Set<String> removed = new HashSet<>(oldCodes);
        removed.removeAll(codes(plan.inspectionKeyIssues));
        if (!removed.isEmpty()) {
            List<Priority> addressing = em.createQuery("from Priority where planId = :p order by position", Priority.class)
                    .setParameter("p", plan.id).getResultList().stream()
                    .filter(pr -> pr.addressesKeyIssues.stream().anyMatch(removed::contains)).toList();
            if (!addressing.isEmpty()) {
                throw ProblemException.conflict("key issues " + String.join(", ", removed) + " are addressed by priorities "
                        + numbers(addressing) + "; take them off those priorities first");
            }
        }
        Actor actor = access.actor();
        stamp(plan, actor, false);
        history.updated(plan, before, actor);
        em.flush();
        return plan;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Plan plan = access.visiblePlan(id);
        access.requireEdit(plan);
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("only a DRAFT plan can be deleted; this one is " + plan.status
                    + " and is kept as a record (close it instead)");
        }
        long children = em.createQuery("select count(p) from Plan p where p.parentPlanId = :id", Long.class)
                .setParameter("id", plan.id).getSingleResult();
        if (children > 0) {
            throw ProblemException.conflict("layer-2 plans support this plan; change their parentPlanId first");
        }
        history.deleted(plan, access.actor());
        plan.delete();
        em.flush();
    }

    /** DRAFT → APPROVED, by a school leader (their school's plans) or a trust leader. */
    @Transactional
    public Plan approve(UUID id, String ifMatch, String note) {
        return transition(id, ifMatch, PlanStatus.DRAFT, PlanStatus.APPROVED, note);
    }

    @Transactional
    public Plan activate(UUID id, String ifMatch) {
        return transition(id, ifMatch, PlanStatus.APPROVED, PlanStatus.ACTIVE, null);
    }

    @Transactional
    public Plan close(UUID id, String ifMatch) {
        return transition(id, ifMatch, PlanStatus.ACTIVE, PlanStatus.CLOSED, null);
    }

    private Plan transition(UUID id, String ifMatch, PlanStatus from, PlanStatus to, String note) {
        Plan plan = access.visiblePlan(id);
        access.requireLeader(plan);
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status != from) {
            throw ProblemException.conflict("the plan is " + plan.status + "; only a " + from + " plan can become " + to);
        }
        Map<String, Object> before = plan.historyState();
        Actor actor = access.actor();
        OffsetDateTime now = now();
        plan.status = to;
        switch (to) {
            case APPROVED -> {
                plan.approvedBy = actor.id();
                plan.approvedAt = now;
                plan.approvalNote = Validation.trimmed(note);
            }
            case ACTIVE -> {
                plan.activatedBy = actor.id();
                plan.activatedAt = now;
            }
            case CLOSED -> {
                plan.closedBy = actor.id();
                plan.closedAt = now;
            }
            default -> throw new IllegalStateException("no transition to " + to);
        }
        stamp(plan, actor, false);
        history.updated(plan, before, org.goldenthread.plans.domain.PlanChange.STATUS_CHANGED, actor);
        events.planStatusChanged(plan, from, actor.id(), now);
        em.flush();
        return plan;
    }

    private void apply(Plan plan, PlanRequest r) {
        Validation v = new Validation();
        v.check(TermOfYear.isAcademicYear(r.academicYear()), "academicYear", "must be an academic year such as 2026-27");
        if (r.layer() != null && r.layer().isLayerTwo()) {
            v.check(!Validation.blank(r.focus()), "focus", "is required for a " + r.layer()
                    + " plan: name the subject, aspect or key stage (e.g. Mathematics, Attendance, KS2)");
        }
        if (r.parentPlanId() != null) {
            if (r.parentPlanId().equals(plan.id)) {
                v.error("parentPlanId", "cannot be the plan itself");
            } else {
                Plan parent = em.find(Plan.class, r.parentPlanId());
                if (parent == null || !parent.trustId.equals(plan.trustId)
                        || (parent.schoolId != null && !access.scope().allowsSchool(parent.schoolId))) {
                    v.error("parentPlanId", "is not a plan you can see");
                } else {
                    v.check(parent.layer == PlanLayer.STRATEGIC, "parentPlanId", "must be a STRATEGIC (layer-1) plan");
                    v.check(parent.schoolId == null || parent.schoolId.equals(plan.schoolId), "parentPlanId",
                            "must be a plan of the same school, or a trust plan");
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<PlanRequest.KeyIssueBody> issues = r.inspectionKeyIssues() == null ? List.of() : r.inspectionKeyIssues();
        for (int i = 0; i < issues.size(); i++) {
            v.check(seen.add(issues.get(i).code().strip()), "inspectionKeyIssues[" + i + "].code", "repeats an earlier code");
        }
        v.throwIfAny();
        plan.title = r.title().strip();
        plan.academicYear = r.academicYear();
        plan.layer = r.layer();
        plan.focus = Validation.trimmed(r.focus());
        plan.parentPlanId = r.parentPlanId();
        plan.selfEvaluationLinks = r.selfEvaluationLinks() == null ? List.of() : r.selfEvaluationLinks().stream()
                .map(l -> new SelfEvaluationLink(l.title().strip(), Validation.trimmed(l.reference()), Validation.trimmed(l.summary())))
                .toList();
        plan.inspectionKeyIssues = issues.stream().map(k -> new KeyIssue(k.code().strip(), k.text().strip())).toList();
        plan.governorsRole = Validation.trimmed(r.governorsRole());
    }

    static void stamp(org.goldenthread.plans.domain.Audited item, Actor actor, boolean created) {
        OffsetDateTime now = now();
        if (created) {
            item.createdBy = actor.id();
            item.createdAt = now;
        }
        item.updatedBy = actor.id();
        item.updatedAt = now;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static Set<String> codes(List<KeyIssue> issues) {
        Set<String> codes = new HashSet<>();
        issues.forEach(k -> codes.add(k.code()));
        return codes;
    }

    private static String numbers(List<Priority> priorities) {
        return String.join(", ", priorities.stream().map(p -> p.number).toList());
    }
}
