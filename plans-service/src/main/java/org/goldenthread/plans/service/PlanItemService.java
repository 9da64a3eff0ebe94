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
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.ActionStatus;
import org.goldenthread.plans.domain.Audited;
import org.goldenthread.plans.domain.KeyIssue;
import org.goldenthread.plans.domain.Measure;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanChange;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.domain.PriorityArea;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.domain.TermOfYear;
import org.goldenthread.plans.rest.ActionRequest;
import org.goldenthread.plans.rest.MilestoneRequest;
import org.goldenthread.plans.rest.MoveRequest;
import org.goldenthread.plans.rest.ObjectiveRequest;
import org.goldenthread.plans.rest.PriorityRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The parts of a plan — priorities, objectives, actions and milestones: adding, changing, moving
 * and deleting them, with the numbering kept consistent and every change in the plan's history.
 */
@ApplicationScoped
public class PlanItemService {
    @Inject
    PlanAccess access;
    @Inject
    PlanHistory history;
    @Inject
    Numbering numbering;
    @Inject
    MilestoneService milestones;
    @Inject
    EvidenceLock evidenceLock;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    org.goldenthread.plans.config.PlansConfig config;

    // ---------------------------------------------------------------- priorities

    @Transactional
    public Priority createPriority(UUID planId, PriorityRequest r) {
        Plan plan = access.editablePlan(planId);
        Priority p = newItem(new Priority(), plan);
        p.planId = plan.id;
        p.position = Numbering.LAST;
        p.number = Numbering.PROVISIONAL;
        applyPriority(plan, p, r);
        return created(plan, p);
    }

    @Transactional
    public Priority updatePriority(UUID id, String ifMatch, PriorityRequest r) {
        Priority p = access.visible(Priority.class, id, "priority");
        Plan plan = access.editablePlan(p.planId);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = p.historyState();
        applyPriority(plan, p, r);
        return updated(p, before);
    }

    @Transactional
    public void deletePriority(UUID id, String ifMatch) {
        Priority p = access.visible(Priority.class, id, "priority");
        Plan plan = access.editablePlan(p.planId);
        ETags.requireMatch(ifMatch, p.version);
        List<Priority> supporters = em.createQuery("from Priority where parentPriorityId = :id", Priority.class)
                .setParameter("id", p.id).getResultList();
        if (!supporters.isEmpty()) {
            throw ProblemException.conflict("priority " + p.number + " is supported by " + supporters.size()
                    + " priorities of layer-2 plans; unlink them (their parentPriorityId) before deleting it");
        }
        Actor actor = access.actor();
        List<Action> actions = em.createQuery("from Action where priorityId = :id", Action.class).setParameter("id", p.id).getResultList();
        for (Action a : actions) {
            deleteAction(a, actor);
        }
        for (Objective o : em.createQuery("from Objective where priorityId = :id", Objective.class).setParameter("id", p.id).getResultList()) {
            history.deleted(o, actor);
            o.delete();
        }
        history.deleted(p, actor);
        p.delete();
        em.flush();
        numbering.renumber(plan.id, actor);
        em.flush();
    }

    @Transactional
    public Priority movePriority(UUID id, String ifMatch, MoveRequest move) {
        Priority p = access.visible(Priority.class, id, "priority");
        Plan plan = access.editablePlan(p.planId);
        ETags.requireMatch(ifMatch, p.version);
        List<Priority> siblings = em.createQuery("from Priority where planId = :p", Priority.class).setParameter("p", plan.id).getResultList();
        numbering.place(p, siblings, move.position(), x -> x.position, (x, n) -> x.position = n);
        return moved(plan, p);
    }

    @Transactional
    public Priority getPriority(UUID id) {
        return access.visible(Priority.class, id, "priority");
    }

    @Transactional
    public List<Priority> listPriorities(UUID planId, PageRequest page) {
        Plan plan = access.visiblePlan(planId);
        return em.createQuery("from Priority where planId = :p and position > :after order by position", Priority.class)
                .setParameter("p", plan.id).setParameter("after", Cursors.integer(page))
                .setMaxResults(page.fetchSize()).getResultList();
    }

    /** The priorities with these ids, for showing cross-references ("supports 1"). */
    @Transactional
    public Map<UUID, Priority> prioritiesById(Set<UUID> ids) {
        Map<UUID, Priority> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Priority where id in :ids", Priority.class).setParameter("ids", ids).getResultList()
                    .forEach(p -> found.put(p.id, p));
        }
        return found;
    }

    private void applyPriority(Plan plan, Priority p, PriorityRequest r) {
        Validation v = new Validation();
        if (r.area() == PriorityArea.CUSTOM) {
            v.check(!Validation.blank(r.customArea()), "customArea", "is required when area is CUSTOM (the school's own words, e.g. Community links)");
        }
        if (r.parentPriorityId() != null) {
            if (plan.parentPlanId == null) {
                v.error("parentPriorityId", "cannot be set: this plan has no parent plan (set the plan's parentPlanId first)");
            } else {
                Priority parent = em.find(Priority.class, r.parentPriorityId());
                v.check(parent != null && parent.planId.equals(plan.parentPlanId), "parentPriorityId",
                        "must be a priority of the parent plan");
            }
        }
        List<String> codes = r.addressesKeyIssues() == null ? List.of()
                : r.addressesKeyIssues().stream().map(String::strip).distinct().toList();
        Set<String> known = plan.inspectionKeyIssues.stream().map(KeyIssue::code).collect(Collectors.toSet());
        for (int i = 0; i < codes.size(); i++) {
            v.check(known.contains(codes.get(i)), "addressesKeyIssues[" + i + "]",
                    "is not one of the plan's inspection key issues (" + (known.isEmpty() ? "it has none" : String.join(", ", known)) + ")");
        }
        v.throwIfAny();
        p.title = r.title().strip();
        p.area = r.area();
        p.customArea = r.area() == PriorityArea.CUSTOM ? r.customArea().strip() : null;
        p.rationale = Validation.trimmed(r.rationale());
        p.parentPriorityId = r.parentPriorityId();
        p.addressesKeyIssues = codes;
        p.lead = Validation.trimmed(r.lead());
    }

    // ---------------------------------------------------------------- objectives

    @Transactional
    public Objective createObjective(UUID priorityId, ObjectiveRequest r) {
        Priority p = access.visible(Priority.class, priorityId, "priority");
        Plan plan = access.editablePlan(p.planId);
        Objective o = newItem(new Objective(), plan);
        o.planId = plan.id;
        o.priorityId = p.id;
        o.position = Numbering.LAST;
        o.number = Numbering.PROVISIONAL;
        applyObjective(o, r);
        return created(plan, o);
    }

    @Transactional
    public Objective updateObjective(UUID id, String ifMatch, ObjectiveRequest r) {
        Objective o = access.visible(Objective.class, id, "objective");
        access.editablePlan(o.planId);
        ETags.requireMatch(ifMatch, o.version);
        Map<String, Object> before = o.historyState();
        applyObjective(o, r);
        return updated(o, before);
    }

    @Transactional
    public void deleteObjective(UUID id, String ifMatch) {
        Objective o = access.visible(Objective.class, id, "objective");
        Plan plan = access.editablePlan(o.planId);
        ETags.requireMatch(ifMatch, o.version);
        Actor actor = access.actor();
        for (Action a : em.createQuery("from Action where objectiveId = :id", Action.class).setParameter("id", o.id).getResultList()) {
            Map<String, Object> before = a.historyState();
            a.objectiveId = null;
            PlanService.stamp(a, actor, false);
            history.updated(a, before, actor);
        }
        history.deleted(o, actor);
        o.delete();
        em.flush();
        numbering.renumber(plan.id, actor);
        em.flush();
    }

    @Transactional
    public Objective moveObjective(UUID id, String ifMatch, MoveRequest move) {
        Objective o = access.visible(Objective.class, id, "objective");
        Plan plan = access.editablePlan(o.planId);
        ETags.requireMatch(ifMatch, o.version);
        UUID target = move.priorityId() == null ? o.priorityId : move.priorityId();
        if (!target.equals(o.priorityId)) {
            Priority to = em.find(Priority.class, target);
            if (to == null || !to.planId.equals(plan.id)) {
                throw ProblemException.invalidField("priorityId", "must be a priority of the same plan");
            }
            long linked = em.createQuery("select count(a) from Action a where a.objectiveId = :o", Long.class)
                    .setParameter("o", o.id).getSingleResult();
            if (linked > 0) {
                throw ProblemException.conflict("objective " + o.number + " has actions working towards it in its priority; "
                        + "move or unlink those actions first");
            }
            o.priorityId = target;
        }
        List<Objective> siblings = em.createQuery("from Objective where priorityId = :p", Objective.class).setParameter("p", target).getResultList();
        numbering.place(o, siblings, move.position(), x -> x.position, (x, n) -> x.position = n);
        return moved(plan, o);
    }

    @Transactional
    public Objective getObjective(UUID id) {
        return access.visible(Objective.class, id, "objective");
    }

    @Transactional
    public List<Objective> listObjectives(UUID priorityId, PageRequest page) {
        Priority p = access.visible(Priority.class, priorityId, "priority");
        return em.createQuery("from Objective where priorityId = :p and position > :after order by position", Objective.class)
                .setParameter("p", p.id).setParameter("after", Cursors.integer(page))
                .setMaxResults(page.fetchSize()).getResultList();
    }

    private void applyObjective(Objective o, ObjectiveRequest r) {
        Validation v = new Validation();
        Measure measure = Measures.from(r.measure(), "measure", v);
        v.throwIfAny();
        o.title = r.title().strip();
        o.successCriterion = Validation.trimmed(r.successCriterion());
        o.measure = measure == null ? new Measure() : measure;
    }

    // ---------------------------------------------------------------- actions

    @Transactional
    public Action createAction(UUID priorityId, ActionRequest r) {
        Priority p = access.visible(Priority.class, priorityId, "priority");
        Plan plan = access.editablePlan(p.planId);
        Action a = newItem(new Action(), plan);
        a.planId = plan.id;
        a.priorityId = p.id;
        a.position = Numbering.LAST;
        a.number = Numbering.PROVISIONAL;
        applyAction(a, r);
        return created(plan, a);
    }

    @Transactional
    public Action updateAction(UUID id, String ifMatch, ActionRequest r) {
        Action a = access.visible(Action.class, id, "action");
        access.editablePlan(a.planId);
        ETags.requireMatch(ifMatch, a.version);
        Map<String, Object> before = a.historyState();
        applyAction(a, r);
        return updated(a, before);
    }

    /** The action's status alone: for its lead (a teacher may lead an action) as well as for plan editors. */
    @Transactional
    public Action updateActionStatus(UUID id, String ifMatch, ActionStatus status) {
        Action a = access.visible(Action.class, id, "action");
        Plan plan = access.visiblePlan(a.planId);
        access.requireActionStatusChange(plan, a);
        ETags.requireMatch(ifMatch, a.version);
        Map<String, Object> before = a.historyState();
        a.status = status;
        Actor actor = access.actor();
        PlanService.stamp(a, actor, false);
        history.updated(a, before, PlanChange.STATUS_CHANGED, actor);
        em.flush();
        return a;
    }

    @Transactional
    public void deleteAction(UUID id, String ifMatch) {
        Action a = access.visible(Action.class, id, "action");
        Plan plan = access.editablePlan(a.planId);
        ETags.requireMatch(ifMatch, a.version);
        Actor actor = access.actor();
        deleteAction(a, actor);
        em.flush();
        numbering.renumber(plan.id, actor);
        em.flush();
    }

    private void deleteAction(Action a, Actor actor) {
        for (Milestone m : em.createQuery("from Milestone where actionId = :id", Milestone.class).setParameter("id", a.id).getResultList()) {
            history.deleted(m, actor);
            em.createQuery("delete from MilestoneEvaluation where milestoneId = :m").setParameter("m", m.id).executeUpdate();
            m.delete();
        }
        history.deleted(a, actor);
        a.delete();
    }

    @Transactional
    public Action moveAction(UUID id, String ifMatch, MoveRequest move) {
        Action a = access.visible(Action.class, id, "action");
        Plan plan = access.editablePlan(a.planId);
        ETags.requireMatch(ifMatch, a.version);
        UUID target = move.priorityId() == null ? a.priorityId : move.priorityId();
        Actor actor = access.actor();
        if (!target.equals(a.priorityId)) {
            Priority to = em.find(Priority.class, target);
            if (to == null || !to.planId.equals(plan.id)) {
                throw ProblemException.invalidField("priorityId", "must be a priority of the same plan");
            }
            Map<String, Object> before = a.historyState();
            a.priorityId = target;
            // an objective belongs to one priority: the link does not travel with the action
            a.objectiveId = null;
            PlanService.stamp(a, actor, false);
            history.updated(a, before, actor);
        }
        List<Action> siblings = em.createQuery("from Action where priorityId = :p", Action.class).setParameter("p", target).getResultList();
        numbering.place(a, siblings, move.position(), x -> x.position, (x, n) -> x.position = n);
        return moved(plan, a);
    }

    @Transactional
    public Action getAction(UUID id) {
        return access.visible(Action.class, id, "action");
    }

    @Transactional
    public List<Action> listActionsOfPriority(UUID priorityId, PageRequest page) {
        Priority p = access.visible(Priority.class, priorityId, "priority");
        return em.createQuery("from Action where priorityId = :p and position > :after order by position", Action.class)
                .setParameter("p", p.id).setParameter("after", Cursors.integer(page))
                .setMaxResults(page.fetchSize()).getResultList();
    }

    /** Filters of the action list; null means any. */
    public record ActionFilter(UUID planId, UUID schoolId, ActionStatus status, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional
    public List<Action> listActions(ActionFilter f, PageRequest page) {
        TenantScope scope = access.scope();
        LocalDate today = LocalDate.now(clock);
        StringBuilder jpql = new StringBuilder("from Action a where ").append(scope.whereIncludingTrustLevel("a"));
        Map<String, Object> params = new HashMap<>(scope.params().map());
        if (f.planId() != null) {
            jpql.append(" and a.planId = :plan");
            params.put("plan", f.planId());
        }
        if (f.schoolId() != null) {
            jpql.append(" and a.schoolId = :school");
            params.put("school", f.schoolId());
        }
        if (f.status() != null) {
            jpql.append(" and a.status = :status");
            params.put("status", f.status());
        }
        if (f.overdue() != null || f.dueSoon() != null) {
            params.put("open", List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
            params.put("today", today);
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            jpql.append(" and a.status in :open and a.dueDate < :today");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            jpql.append(" and not (a.status in :open and a.dueDate is not null and a.dueDate < :today)");
        }
        if (Boolean.TRUE.equals(f.dueSoon())) {
            jpql.append(" and a.status in :open and a.dueDate >= :today and a.dueDate <= :soon");
            params.put("soon", today.plusDays(config.dueSoonDays()));
        } else if (Boolean.FALSE.equals(f.dueSoon())) {
            jpql.append(" and not (a.status in :open and a.dueDate is not null and a.dueDate >= :today and a.dueDate <= :soon)");
            params.put("soon", today.plusDays(config.dueSoonDays()));
        }
        return keyset(jpql, params, page, Action.class, "a");
    }

    private void applyAction(Action a, ActionRequest r) {
        Validation v = new Validation();
        if (r.objectiveId() != null) {
            Objective o = em.find(Objective.class, r.objectiveId());
            v.check(o != null && o.priorityId.equals(a.priorityId), "objectiveId", "must be an objective of the same priority");
        }
        if (r.startDate() != null && r.dueDate() != null) {
            v.check(!r.dueDate().isBefore(r.startDate()), "dueDate", "must not be before startDate");
        }
        if (r.startDate() != null && r.reviewDate() != null) {
            v.check(!r.reviewDate().isBefore(r.startDate()), "reviewDate", "must not be before startDate");
        }
        v.throwIfAny();
        a.title = r.title().strip();
        a.objectiveId = r.objectiveId();
        a.lead = Validation.trimmed(r.lead());
        a.leadUserId = Validation.trimmed(r.leadUserId());
        a.supportingStaff = r.supportingStaff() == null ? List.of() : r.supportingStaff().stream().map(String::strip).toList();
        a.startDate = r.startDate();
        a.dueDate = r.dueDate();
        a.reviewDate = r.reviewDate();
        ActionRequest.ResourcesBody res = r.resources();
        a.budgetPence = res == null ? null : res.budgetPence();
        a.timeAllocation = res == null ? null : Validation.trimmed(res.time());
        a.staffing = res == null ? null : Validation.trimmed(res.staffing());
        a.cpd = res == null ? null : Validation.trimmed(res.cpd());
        a.monitoring = Validation.trimmed(r.monitoring());
        a.status = r.status() == null ? (a.status == null ? ActionStatus.NOT_STARTED : a.status) : r.status();
    }

    // ---------------------------------------------------------------- milestones

    @Transactional
    public Milestone createMilestone(UUID actionId, MilestoneRequest r) {
        Action a = access.visible(Action.class, actionId, "action");
        // before any row lock: the new milestone is evaluated from the evidence copy (see EvidenceLock)
        evidenceLock.hold(a.trustId, a.schoolId);
        Plan plan = access.editablePlan(a.planId);
        Milestone m = newItem(new Milestone(), plan);
        m.planId = plan.id;
        m.priorityId = a.priorityId;
        m.actionId = a.id;
        m.position = Numbering.LAST;
        m.number = Numbering.PROVISIONAL;
        applyMilestone(m, r);
        m.status = org.goldenthread.plans.domain.MilestoneStatus.NOT_DUE;
        m.measureStatus = m.status;
        m.explanation = "NOT_DUE";
        Actor actor = access.actor();
        PlanService.stamp(m, actor, true);
        m.persist();
        numbering.renumber(plan.id, actor);
        milestones.initialise(m, actor);
        history.created(m, actor);
        em.flush();
        return m;
    }

    @Transactional
    public Milestone updateMilestone(UUID id, String ifMatch, MilestoneRequest r) {
        Milestone m = access.visible(Milestone.class, id, "milestone");
        evidenceLock.hold(m.trustId, m.schoolId);
        access.editablePlan(m.planId);
        ETags.requireMatch(ifMatch, m.version);
        Map<String, Object> before = m.historyState();
        Measure oldMeasure = m.measure == null ? null : m.measure.copy();
        TermOfYear oldDue = m.dueTerm();
        applyMilestone(m, r);
        Actor actor = access.actor();
        PlanService.stamp(m, actor, false);
        history.updated(m, before, actor);
        if (!Objects.equals(oldMeasure, m.measure) || !oldDue.equals(m.dueTerm())) {
            milestones.reevaluate(m, actor);
        }
        em.flush();
        return m;
    }

    @Transactional
    public void deleteMilestone(UUID id, String ifMatch) {
        Milestone m = access.visible(Milestone.class, id, "milestone");
        Plan plan = access.editablePlan(m.planId);
        ETags.requireMatch(ifMatch, m.version);
        Actor actor = access.actor();
        history.deleted(m, actor);
        em.createQuery("delete from MilestoneEvaluation where milestoneId = :m").setParameter("m", m.id).executeUpdate();
        m.delete();
        em.flush();
        numbering.renumber(plan.id, actor);
        em.flush();
    }

    @Transactional
    public Milestone moveMilestone(UUID id, String ifMatch, MoveRequest move) {
        Milestone m = access.visible(Milestone.class, id, "milestone");
        Plan plan = access.editablePlan(m.planId);
        ETags.requireMatch(ifMatch, m.version);
        UUID target = move.actionId() == null ? m.actionId : move.actionId();
        if (!target.equals(m.actionId)) {
            Action to = em.find(Action.class, target);
            if (to == null || !to.planId.equals(plan.id)) {
                throw ProblemException.invalidField("actionId", "must be an action of the same plan");
            }
            Actor actor = access.actor();
            Map<String, Object> before = m.historyState();
            m.actionId = target;
            m.priorityId = to.priorityId;
            PlanService.stamp(m, actor, false);
            history.updated(m, before, actor);
        }
        List<Milestone> siblings = em.createQuery("from Milestone where actionId = :a", Milestone.class).setParameter("a", target).getResultList();
        numbering.place(m, siblings, move.position(), x -> x.position, (x, n) -> x.position = n);
        return moved(plan, m);
    }

    @Transactional
    public Milestone getMilestone(UUID id) {
        return access.visible(Milestone.class, id, "milestone");
    }

    @Transactional
    public List<Milestone> listMilestonesOfAction(UUID actionId, PageRequest page) {
        Action a = access.visible(Action.class, actionId, "action");
        return em.createQuery("from Milestone where actionId = :a and position > :after order by position", Milestone.class)
                .setParameter("a", a.id).setParameter("after", Cursors.integer(page))
                .setMaxResults(page.fetchSize()).getResultList();
    }

    /** Filters of the milestone list; null means any. */
    public record MilestoneFilter(UUID planId, UUID schoolId, String academicYear, Term term,
                                  org.goldenthread.plans.domain.MilestoneStatus status, MeasureType measureType) {
    }

    @Transactional
    public List<Milestone> listMilestones(MilestoneFilter f, PageRequest page) {
        TenantScope scope = access.scope();
        StringBuilder jpql = new StringBuilder("from Milestone m where ").append(scope.whereIncludingTrustLevel("m"));
        Map<String, Object> params = new HashMap<>(scope.params().map());
        if (f.planId() != null) {
            jpql.append(" and m.planId = :plan");
            params.put("plan", f.planId());
        }
        if (f.schoolId() != null) {
            jpql.append(" and m.schoolId = :school");
            params.put("school", f.schoolId());
        }
        if (f.academicYear() != null) {
            jpql.append(" and m.academicYear = :year");
            params.put("year", f.academicYear());
        }
        if (f.term() != null) {
            jpql.append(" and m.term = :term");
            params.put("term", f.term());
        }
        if (f.status() != null) {
            jpql.append(" and m.status = :status");
            params.put("status", f.status());
        }
        if (f.measureType() != null) {
            jpql.append(" and m.measure.measureType = :type");
            params.put("type", f.measureType());
        }
        return keyset(jpql, params, page, Milestone.class, "m");
    }

    private void applyMilestone(Milestone m, MilestoneRequest r) {
        Validation v = new Validation();
        boolean year = TermOfYear.isAcademicYear(r.academicYear());
        v.check(year, "academicYear", "must be an academic year such as 2026-27");
        if (year && r.dueDate() != null) {
            int start = Integer.parseInt(r.academicYear().substring(0, 4));
            LocalDate first = LocalDate.of(start, 9, 1);
            LocalDate last = LocalDate.of(start + 1, 8, 31);
            v.check(!r.dueDate().isBefore(first) && !r.dueDate().isAfter(last), "dueDate",
                    "must fall in academic year " + r.academicYear() + " (" + first + " to " + last + ")");
        }
        Measure measure = Measures.from(r.measure(), "measure", v);
        v.throwIfAny();
        m.title = r.title().strip();
        m.academicYear = r.academicYear();
        m.term = r.term();
        m.dueDate = r.dueDate();
        m.measure = measure;
    }

    // ---------------------------------------------------------------- shared

    private <T extends Audited> T newItem(T item, Plan plan) {
        item.id = Ids.newId();
        item.trustId = plan.trustId;
        item.schoolId = plan.schoolId;
        return item;
    }

    private <T extends Audited> T created(Plan plan, T item) {
        Actor actor = access.actor();
        PlanService.stamp(item, actor, true);
        item.persist();
        numbering.renumber(plan.id, actor);
        history.created(item, actor);
        em.flush();
        return item;
    }

    private <T extends Audited> T updated(T item, Map<String, Object> before) {
        Actor actor = access.actor();
        PlanService.stamp(item, actor, false);
        history.updated(item, before, actor);
        em.flush();
        return item;
    }

    private <T extends Audited> T moved(Plan plan, T item) {
        Actor actor = access.actor();
        PlanService.stamp(item, actor, false);
        em.flush();
        numbering.renumber(plan.id, actor);
        em.flush();
        return item;
    }

    private <T> List<T> keyset(StringBuilder jpql, Map<String, Object> params, PageRequest page, Class<T> type, String alias) {
        UUID after = Cursors.uuid(page);
        if (after != null) {
            jpql.append(" and ").append(alias).append(".id > :after");
            params.put("after", after);
        }
        jpql.append(" order by ").append(alias).append(".id");
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return new ArrayList<>(query.getResultList());
    }
}
