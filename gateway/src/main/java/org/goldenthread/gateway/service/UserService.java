package org.goldenthread.gateway.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.gateway.domain.Trust;
import org.goldenthread.gateway.domain.UserAccount;
import org.goldenthread.gateway.domain.UserRole;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.identity.RegistryChanged;
import org.goldenthread.gateway.rest.UserViews.NewUserRequest;
import org.goldenthread.gateway.rest.UserViews.UserUpdateRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The built-in issuer's users. A trust's leaders (and the platform administrator) manage the
 * trust's users; a change of roles or schools, or disabling a user, applies to their next request.
 */
@ApplicationScoped
public class UserService {
    @Inject
    TrustService trusts;
    @Inject
    SchoolService schools;
    @Inject
    Passwords passwords;
    @Inject
    Event<RegistryChanged> changes;

    @Transactional
    public UserAccount create(Caller caller, UUID trustId, NewUserRequest request) {
        Trust trust = managedTrust(caller, trustId);
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._@+-]{2,253}")) {
            throw ProblemException.invalidField("username",
                    "must be 3 to 254 letters, digits or . _ @ + - (an email address works)");
        }
        passwords.requireAcceptable("password", request.password());
        List<UUID> requested = request.schoolIds() == null ? List.of() : request.schoolIds();
        checkRolesAndSchools(trust.id, request.roles(), requested);
        Set<UUID> schoolIds = new LinkedHashSet<>(requested);
        if (UserAccount.count("username", username) > 0) {
            throw usernameTaken();
        }
        UserAccount user = new UserAccount();
        user.id = Ids.newId();
        user.trustId = trust.id;
        user.username = username;
        user.displayName = request.displayName().trim();
        user.passwordHash = passwords.hash(request.password());
        user.enabled = true;
        user.roles = names(request.roles());
        user.schoolIds = new HashSet<>(schoolIds);
        user.createdAt = Instant.now();
        user.createdBy = caller.subject();
        user.updatedAt = user.createdAt;
        Conflicts.flush(user, UserService::usernameTaken);
        return user;
    }

    @Transactional
    public List<UserAccount> list(Caller caller, UUID trustId, PageRequest page) {
        Trust trust = managedTrust(caller, trustId);
        UUID after = Paging.after(page);
        String where = "trustId = :trust" + (after == null ? "" : " and id > :after");
        Parameters params = Parameters.with("trust", trust.id);
        if (after != null) {
            params.and("after", after);
        }
        return UserAccount.<UserAccount>find(where + " order by id", params).range(0, page.fetchSize() - 1).list();
    }

    @Transactional
    public UserAccount get(Caller caller, UUID trustId, UUID userId) {
        Trust trust = managedTrust(caller, trustId);
        UserAccount user = UserAccount.findById(userId);
        if (user == null || !user.trustId.equals(trust.id)) {
            throw ProblemException.notFound("user " + userId);
        }
        return user;
    }

    @Transactional
    public UserAccount update(Caller caller, UUID trustId, UUID userId, String ifMatch, UserUpdateRequest request) {
        UserAccount user = get(caller, trustId, userId);
        ETags.requireMatch(ifMatch, user.version);
        List<UUID> requested = request.schoolIds() == null ? List.of() : request.schoolIds();
        checkRolesAndSchools(user.trustId, request.roles(), requested);
        Set<UUID> schoolIds = new LinkedHashSet<>(requested);
        if (request.password() != null) {
            passwords.requireAcceptable("password", request.password());
            user.passwordHash = passwords.hash(request.password());
        }
        user.displayName = request.displayName().trim();
        user.roles.clear();
        user.roles.addAll(names(request.roles()));
        user.schoolIds.clear();
        user.schoolIds.addAll(schoolIds);
        user.enabled = request.enabled();
        user.updatedAt = Instant.now();
        user.persistAndFlush();
        changes.fire(new RegistryChanged(RegistryChanged.What.USER, user.id));
        return user;
    }

    private Trust managedTrust(Caller caller, UUID trustId) {
        Trust trust = trusts.get(caller, trustId);
        if (!caller.canManageTrust(trust.id)) {
            throw ProblemException.forbidden("only the trust's leaders manage its users");
        }
        return trust;
    }

    private void checkRolesAndSchools(UUID trustId, Set<UserRole> roles, List<UUID> schoolIds) {
        boolean trustWide = roles.contains(UserRole.TRUST_LEADER);
        if (!trustWide && schoolIds.isEmpty()) {
            throw ProblemException.invalidField("schoolIds", "must name at least one school for roles other than TRUST_LEADER");
        }
        schools.requireSchoolsOfTrust(trustId, schoolIds, "schoolIds");
    }

    private static Set<String> names(Set<UserRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(HashSet::new));
    }

    private static ProblemException usernameTaken() {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", "that username is already taken",
                List.of(FieldError.of("username", "is already taken")));
    }
}
