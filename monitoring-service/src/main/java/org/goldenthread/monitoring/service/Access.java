package org.goldenthread.monitoring.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.platform.tenancy.TenantScope;

import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in monitoring, on top of the tenant scope: who records, and who sees
 * confidential findings and evidence — only the school's leaders (SCHOOL_LEADER with the school in
 * their token) and the person who recorded it. Never a trust-wide role as such.
 */
@ApplicationScoped
public class Access {
    /** Everyone who reads the calendar, findings and evidence. */
    public static final String[] READERS = {Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER,
            Roles.GOVERNOR};
    /** Who plans and records monitoring. */
    public static final String[] RECORDERS = {Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER};
    /** Who leads self-evaluation and manages frameworks. */
    public static final String[] LEADERS = {Roles.TRUST_LEADER, Roles.SCHOOL_LEADER};

    // Never bind an empty collection to "in"; this id matches nothing.
    private static final UUID NO_SCHOOL = new UUID(0, 0);

    @Inject
    Tenant tenant;

    public TenantScope scope() {
        return tenant.scope();
    }

    public String subject() {
        return tenant.subject();
    }

    public Tenant tenant() {
        return tenant;
    }

    public void requireRecorder() {
        tenant.requireRole(RECORDERS);
    }

    public void requireLeader() {
        tenant.requireRole(LEADERS);
    }

    /** The school must be one the caller may see (404 otherwise). */
    public UUID requireSchool(UUID schoolId) {
        return tenant.requireSchool(schoolId);
    }

    /** Whether the caller leads this school (SCHOOL_LEADER, the school named in their token). */
    public boolean leadsSchool(UUID schoolId) {
        return tenant.hasAnyRole(Roles.SCHOOL_LEADER) && tenant.schoolIds().contains(schoolId);
    }

    /** Whether the caller may see a confidential row of this school owned (recorded, uploaded) by {@code owner}. */
    public boolean canSeeConfidential(UUID schoolId, String owner) {
        return leadsSchool(schoolId) || (owner != null && owner.equals(tenant.subject()));
    }

    /**
     * JPQL: the row is not confidential, or the caller may see it. Bind with {@link #params}.
     *
     * @param ownerField the field holding the owner's subject, e.g. {@code recordedBy}
     */
    public String confidentialVisible(String alias, String ownerField) {
        return "(" + alias + ".confidential = false or " + alias + "." + ownerField + " = :viewer or "
                + alias + ".schoolId in :leaderSchools)";
    }

    /** The tenant scope's parameters plus those of {@link #confidentialVisible}. */
    public Parameters params() {
        Set<UUID> led = tenant.hasAnyRole(Roles.SCHOOL_LEADER) && !tenant.schoolIds().isEmpty()
                ? tenant.schoolIds() : Set.of(NO_SCHOOL);
        return tenant.scope().params().and("viewer", tenant.subject()).and("leaderSchools", led);
    }

    /** Binds Panache parameters onto a JPA query. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Parameters parameters) {
        parameters.map().forEach(query::setParameter);
        return query;
    }

    /**
     * A change to something recorded by someone else: their own work for everyone; anything in
     * the school for its leaders and trust leaders.
     */
    public void requireMayChange(UUID schoolId, String owner, String what) {
        if (owner != null && owner.equals(tenant.subject())) {
            return;
        }
        if (leadsSchool(schoolId) || tenant.hasAnyRole(Roles.TRUST_LEADER)) {
            return;
        }
        throw ProblemException.forbidden("only the person who recorded this " + what
                + ", the school's leaders or a trust leader may change it");
    }
}
