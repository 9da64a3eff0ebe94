package org.goldenthread.gateway.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.gateway.domain.School;
import org.goldenthread.gateway.domain.Trust;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.identity.RegistryChanged;
import org.goldenthread.gateway.rest.SchoolViews.SchoolRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The schools of each trust. Everyone sees the schools they work in (a trust-wide role: every
 * school of the trust); the trust's leaders and the platform administrator add and change them.
 */
@ApplicationScoped
public class SchoolService {
    @Inject
    TrustService trusts;
    @Inject
    Event<RegistryChanged> changes;

    @Transactional
    public School create(Caller caller, UUID trustId, SchoolRequest request) {
        Trust trust = trusts.get(caller, trustId);
        if (!caller.canManageTrust(trust.id)) {
            throw ProblemException.forbidden("only the trust's leaders add schools");
        }
        checkAges(request);
        requireUrnFree(request.urn(), null);
        School school = new School();
        school.id = Ids.newId();
        school.trustId = trust.id;
        apply(school, request);
        school.createdAt = Instant.now();
        school.createdBy = caller.subject();
        school.updatedAt = school.createdAt;
        Conflicts.flush(school, () -> urnTaken(request.urn()));
        changes.fire(new RegistryChanged(RegistryChanged.What.TRUST, trust.id));
        return school;
    }

    /**
     * The schools the caller may see, by creation order, optionally only one URN or (for the
     * platform administrator) one trust.
     */
    @Transactional
    public List<School> list(Caller caller, String urn, UUID trustId, PageRequest page) {
        if (urn != null && !urn.matches("[0-9]{6}")) {
            throw ProblemException.invalidField("urn", "must be a 6-digit URN");
        }
        UUID after = Paging.after(page);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.platformAdmin()) {
            where.append(" and trustId = :tenantTrust");
            params.and("tenantTrust", caller.trustId());
            if (!caller.trustWide()) {
                where.append(" and id in :tenantSchools");
                params.and("tenantSchools", Paging.nonEmpty(caller.schoolIds()));
            }
        }
        if (trustId != null) {
            where.append(" and trustId = :trust");
            params.and("trust", trustId);
        }
        if (urn != null) {
            where.append(" and urn = :urn");
            params.and("urn", urn);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", after);
        }
        return School.<School>find(where + " order by id", params).range(0, page.fetchSize() - 1).list();
    }

    /** The school, when the caller may see it; 404 otherwise. */
    @Transactional
    public School get(Caller caller, UUID id) {
        School school = School.findById(id);
        if (school == null || !caller.canSeeSchool(school.trustId, school.id)) {
            throw ProblemException.notFound("school " + id);
        }
        return school;
    }

    @Transactional
    public School update(Caller caller, UUID id, String ifMatch, SchoolRequest request) {
        School school = get(caller, id);
        if (!caller.canManageTrust(school.trustId)) {
            throw ProblemException.forbidden("only the trust's leaders change a school's details");
        }
        ETags.requireMatch(ifMatch, school.version);
        checkAges(request);
        requireUrnFree(request.urn(), school.id);
        apply(school, request);
        school.updatedAt = Instant.now();
        Conflicts.flush(school, () -> urnTaken(request.urn()));
        return school;
    }

    /**
     * Checks that every id is a school of the trust; the field errors name the position in the
     * request ({@code schoolIds[2]}) of each id that is not.
     */
    public void requireSchoolsOfTrust(UUID trustId, Collection<UUID> schoolIds, String field) {
        if (schoolIds == null || schoolIds.isEmpty()) {
            return;
        }
        Set<UUID> known = Set.copyOf(School.getEntityManager()
                .createQuery("select s.id from School s where s.trustId = :trust and s.id in :ids", UUID.class)
                .setParameter("trust", trustId).setParameter("ids", Set.copyOf(schoolIds)).getResultList());
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (UUID id : schoolIds) {
            if (!known.contains(id)) {
                errors.add(new FieldError(field + "[" + i + "]",
                        "is not a school of this trust", null, id.toString()));
            }
            i++;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.size() == 1 ? errors.get(0).field() + " is not a school of this trust"
                    : errors.size() + " of the school ids are not schools of this trust", errors);
        }
    }

    private static ProblemException urnTaken(String urn) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", "a school with URN " + urn
                + " is already registered", List.of(FieldError.of("urn", "is already registered")));
    }

    private static void apply(School school, SchoolRequest request) {
        school.urn = request.urn();
        school.name = request.name().trim();
        school.phase = request.phase();
        school.localAuthority = TrustService.blankToNull(request.localAuthority());
        school.statutoryLowAge = request.statutoryLowAge();
        school.statutoryHighAge = request.statutoryHighAge();
    }

    private static void checkAges(SchoolRequest request) {
        if (request.statutoryLowAge() != null && request.statutoryHighAge() != null
                && request.statutoryHighAge() < request.statutoryLowAge()) {
            throw ProblemException.invalidField("statutoryHighAge", "must not be below statutoryLowAge");
        }
    }

    private static void requireUrnFree(String urn, UUID except) {
        School other = School.find("urn", urn).firstResult();
        if (other != null && !other.id.equals(except)) {
            // Which trust has it is not the caller's business.
            throw urnTaken(urn);
        }
    }
}
