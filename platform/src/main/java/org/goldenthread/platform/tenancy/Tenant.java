package org.goldenthread.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.goldenthread.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The caller, as the gateway's internal token describes them: who ({@code sub}), in what roles,
 * for which trust and which schools. Every query a resource makes is scoped through this.
 */
@RequestScoped
public class Tenant {
    @Inject
    JsonWebToken jwt;

    private TenantScope scope;

    public String subject() {
        return jwt.getSubject();
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean hasAnyRole(String... roles) {
        Set<String> mine = roles();
        return Arrays.stream(roles).anyMatch(mine::contains);
    }

    public boolean isTrustWide() {
        return roles().stream().anyMatch(Roles.TRUST_WIDE::contains);
    }

    public UUID trustId() {
        return scope().trustId();
    }

    public Set<UUID> schoolIds() {
        return scope().schoolIds();
    }

    /** The caller's scope; a token without tenant claims gets 403 here. */
    public TenantScope scope() {
        if (scope == null) {
            UUID trust = uuidClaim("trust_id");
            if (trust == null) {
                throw ProblemException.forbidden("the token carries no trust_id claim");
            }
            scope = new TenantScope(trust, schoolClaim(), isTrustWide());
        }
        return scope;
    }

    public boolean canSeeSchool(UUID schoolId) {
        return scope().allowsSchool(schoolId);
    }

    /**
     * The school must be one the caller may see. Another tenant's school answers 404, exactly as
     * an id that does not exist, so ids cannot be probed.
     */
    public UUID requireSchool(UUID schoolId) {
        if (!canSeeSchool(schoolId)) {
            throw ProblemException.notFound("school " + schoolId);
        }
        return schoolId;
    }

    /** The caller must hold one of these roles (403 otherwise). */
    public void requireRole(String... roles) {
        if (!hasAnyRole(roles)) {
            throw ProblemException.forbidden("this needs one of the roles " + String.join(", ", roles));
        }
    }

    private UUID uuidClaim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(unquote(value.toString()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("the token's " + name + " claim is not a UUID");
        }
    }

    private Set<UUID> schoolClaim() {
        Object value = jwt.getClaim("school_ids");
        Set<UUID> ids = new LinkedHashSet<>();
        if (value == null) {
            return ids;
        }
        Collection<?> items;
        if (value instanceof Collection<?> c) {
            items = c;
        } else if (value instanceof jakarta.json.JsonArray array) {
            items = array;
        } else {
            items = Set.of(value);
        }
        for (Object item : items) {
            try {
                ids.add(UUID.fromString(unquote(item.toString())));
            } catch (IllegalArgumentException e) {
                throw ProblemException.forbidden("the token's school_ids claim holds something that is not a UUID");
            }
        }
        return Set.copyOf(ids);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
