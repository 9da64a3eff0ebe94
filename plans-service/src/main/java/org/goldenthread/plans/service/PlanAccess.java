package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.platform.tenancy.TenantScope;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.Audited;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;

import java.util.List;
import java.util.UUID;

/**
 * Who may see and change what. Every lookup is scoped to the caller's trust and schools (another
 * tenant's id answers 404, exactly like an unknown one); trust-level plans are visible to the
 * whole trust and changed only by trust leaders; governors and teachers read.
 */
@ApplicationScoped
public class PlanAccess {
    @Inject
    Tenant tenant;
    @Inject
    EntityManager em;

    public Actor actor() {
        return new Actor(tenant.subject());
    }

    public TenantScope scope() {
        return tenant.scope();
    }

    /** The item with this id if the caller may see it; 404 otherwise. */
    public <T extends Audited> T visible(Class<T> type, UUID id, String what) {
        TenantScope scope = tenant.scope();
        List<T> rows = em.createQuery("from " + type.getSimpleName() + " where id = :id and "
                        + scope.whereIncludingTrustLevel(null), type)
                .setParameter("id", id)
                .setParameter("tenantTrustId", scope.trustId())
                .setParameter("tenantTrustWide", scope.trustWide())
                .setParameter("tenantSchoolIds", scope.params().map().get("tenantSchoolIds"))
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(what + " " + id);
        }
        return rows.get(0);
    }

    public Plan visiblePlan(UUID id) {
        return visible(Plan.class, id, "plan");
    }

    /**
     * The plan of an item the caller is about to change, locked for the rest of the transaction so
     * that numbering changes made at the same time queue up instead of clashing.
     */
    public Plan editablePlan(UUID planId) {
        Plan plan = visiblePlan(planId);
        requireEdit(plan);
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        return plan;
    }

    /** 403 unless the caller may change this plan's content; 409 when the plan is closed. */
    public void requireEdit(Plan plan) {
        if (!canEdit(plan)) {
            throw ProblemException.forbidden(plan.isTrustPlan()
                    ? "only a trust leader can change a trust plan"
                    : "your role cannot change this plan (school and trust leaders can; subject leaders can change subject plans)");
        }
        requireOpen(plan);
    }

    public void requireOpen(Plan plan) {
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("the plan is closed; a closed plan is kept as it was");
        }
    }

    public boolean canEdit(Plan plan) {
        if (plan.isTrustPlan()) {
            return tenant.hasAnyRole(Roles.TRUST_LEADER);
        }
        return tenant.hasAnyRole(Roles.TRUST_LEADER, Roles.SCHOOL_LEADER)
                || (tenant.hasAnyRole(Roles.SUBJECT_LEADER) && plan.layer == PlanLayer.SUBJECT);
    }

    /** Approving, activating and closing: school leaders for their school's plans, trust leaders for any. */
    public void requireLeader(Plan plan) {
        boolean allowed = plan.isTrustPlan() ? tenant.hasAnyRole(Roles.TRUST_LEADER)
                : tenant.hasAnyRole(Roles.TRUST_LEADER, Roles.SCHOOL_LEADER);
        if (!allowed) {
            throw ProblemException.forbidden(plan.isTrustPlan()
                    ? "only a trust leader can approve, activate or close a trust plan"
                    : "only a school leader or a trust leader can approve, activate or close a plan");
        }
    }

    /** Who may create a plan for this school (null = a trust plan) at this layer. */
    public void requireCreate(UUID schoolId, PlanLayer layer) {
        if (schoolId == null) {
            if (!tenant.hasAnyRole(Roles.TRUST_LEADER)) {
                throw ProblemException.forbidden("only a trust leader can create a trust plan; give a schoolId for a school plan");
            }
            return;
        }
        tenant.requireSchool(schoolId);
        boolean allowed = tenant.hasAnyRole(Roles.TRUST_LEADER, Roles.SCHOOL_LEADER)
                || (tenant.hasAnyRole(Roles.SUBJECT_LEADER) && layer == PlanLayer.SUBJECT);
        if (!allowed) {
            throw ProblemException.forbidden("your role cannot create this plan (school and trust leaders can; subject leaders can create subject plans)");
        }
    }

    /**
     * Updating an action's status: whoever may edit the plan, and a teacher who leads the action
     * (the action's leadUserId is their user id).
     */
    public void requireActionStatusChange(Plan plan, Action action) {
        if (canEdit(plan)) {
            requireOpen(plan);
            return;
        }
        if (tenant.hasAnyRole(Roles.TEACHER, Roles.SUBJECT_LEADER) && !plan.isTrustPlan()
                && action.leadUserId != null && action.leadUserId.equals(tenant.subject())) {
            requireOpen(plan);
            return;
        }
        throw ProblemException.forbidden("only the action's lead or someone who can change the plan can update its status");
    }
}
