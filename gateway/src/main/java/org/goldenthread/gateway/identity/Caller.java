package org.goldenthread.gateway.identity;

import org.goldenthread.platform.tenancy.Roles;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, once the gateway has checked their token: an API client, a built-in user, a
 * user of an external OIDC issuer, or the platform administrator. The registry's current state
 * (roles, schools, revocation) is what counts, not what the token said when it was issued.
 *
 * @param subject     the {@code sub} forwarded to the services (user name, {@code client:<id>}, ...)
 * @param principalId the stable key of the caller for rate limits and caches
 * @param trustId     null for the platform administrator, and for an external token without a trust
 */
public record Caller(Kind kind, String subject, String principalId, String displayName, Set<String> roles,
                     UUID trustId, Set<UUID> schoolIds, RateLimit rateLimit) {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    public enum Kind { CLIENT, USER, EXTERNAL_USER, PLATFORM_ADMIN }

    /** A caller's own token bucket, when it differs from the gateway's default. */
    public record RateLimit(double requestsPerSecond, int burst) {
    }

    public Caller {
        roles = Set.copyOf(roles);
        schoolIds = Set.copyOf(schoolIds);
    }

    /** The same caller with these schools (a trust-wide caller gets every school of its trust). */
    public Caller withSchools(Set<UUID> schools) {
        return new Caller(kind, subject, principalId, displayName, roles, trustId, schools, rateLimit);
    }

    public boolean platformAdmin() {
        return kind == Kind.PLATFORM_ADMIN;
    }

    /** Sees every school of its trust (TRUST_LEADER, ANALYTICS). */
    public boolean trustWide() {
        return roles.stream().anyMatch(Roles.TRUST_WIDE::contains);
    }

    public boolean hasTenant() {
        return trustId != null && !roles.isEmpty();
    }

    public boolean belongsTo(UUID trust) {
        return trust != null && trust.equals(trustId);
    }

    public boolean canSeeTrust(UUID trust) {
        return platformAdmin() || belongsTo(trust);
    }

    public boolean canSeeSchool(UUID trust, UUID school) {
        return platformAdmin() || (belongsTo(trust) && (trustWide() || schoolIds.contains(school)));
    }

    /** May change the trust's registry entries: its schools, users and API clients. */
    public boolean canManageTrust(UUID trust) {
        return platformAdmin() || (belongsTo(trust) && roles.contains(Roles.TRUST_LEADER));
    }
}
