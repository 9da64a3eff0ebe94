package org.goldenthread.platform.tenancy;

import io.quarkus.panache.common.Parameters;

import java.util.Set;
import java.util.UUID;

/**
 * What the caller may see: one trust, and within it either every school (trust-wide roles) or a
 * list of schools. Gives the query fragment and parameters that scope any Panache query, so the
 * scoped query is the easy one to write.
 *
 * <pre>Plan.find("id = :id and " + scope.where("p"), scope.params().and("id", id))</pre>
 * (with {@code from Plan p}), or with no alias: {@code scope.where()}.
 */
public record TenantScope(UUID trustId, Set<UUID> schoolIds, boolean trustWide) {
    // Never bind an empty collection to "in": some dialects reject it; this id matches nothing.
    private static final UUID NO_SCHOOL = new UUID(0, 0);

    /** Rows of the caller's trust in schools the caller may see; trust-level rows (no school) excluded. */
    public String where(String alias) {
        String p = alias == null || alias.isEmpty() ? "" : alias + ".";
        return "(" + p + "trustId = :tenantTrustId and (:tenantTrustWide = true or " + p + "schoolId in :tenantSchoolIds))";
    }

    public String where() {
        return where(null);
    }

    /** As {@link #where(String)}, and also the trust's own rows that belong to no school. */
    public String whereIncludingTrustLevel(String alias) {
        String p = alias == null || alias.isEmpty() ? "" : alias + ".";
        return "(" + p + "trustId = :tenantTrustId and (:tenantTrustWide = true or " + p + "schoolId is null or "
                + p + "schoolId in :tenantSchoolIds))";
    }

    public Parameters params() {
        return Parameters.with("tenantTrustId", trustId)
                .and("tenantTrustWide", trustWide)
                .and("tenantSchoolIds", schoolIds.isEmpty() ? Set.of(NO_SCHOOL) : schoolIds);
    }

    /**
     * Whether the caller may name this school (in a path, a body or a filter). Always checked against
     * the token's list: trust-wide roles carry every school of their trust there, so a school id of
     * another trust is never accepted on the strength of the role alone.
     */
    public boolean allowsSchool(UUID schoolId) {
        return schoolId != null && schoolIds.contains(schoolId);
    }

    /** The school ids as an array, for native SQL ({@code school_id = any(?)}). */
    public UUID[] schoolIdArray() {
        return schoolIds.toArray(UUID[]::new);
    }
}
