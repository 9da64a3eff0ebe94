package org.goldenthread.tracking.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.domain.PupilGroup;
import org.goldenthread.tracking.domain.SenStatus;
import org.goldenthread.tracking.domain.Upn;
import org.goldenthread.tracking.rest.PupilRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Pupils of a school: recorded one at a time here (in bulk through imports), always scoped to the caller. */
@ApplicationScoped
public class PupilService {
    @Inject
    Pseudonyms pseudonyms;

    /** A pupil the caller may see, or 404 (another school's or trust's pupil looks exactly like a missing one). */
    @Transactional
    public Pupil find(Tenant tenant, UUID id) {
        return Pupil.<Pupil>find("id = :id and " + tenant.scope().where(), tenant.scope().params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("pupil " + id));
    }

    @Transactional
    public Pupil create(Tenant tenant, UUID schoolId, PupilRequest request) {
        tenant.requireSchool(schoolId);
        String upn = checkedUpn(request.upn());
        check(request);
        Pupil existing = Pupil.<Pupil>find("schoolId = ?1 and upn = ?2", schoolId, upn).firstResult();
        if (existing != null) {
            throw new ProblemException(409, org.goldenthread.platform.problem.ProblemTypes.CONFLICT, "Conflict",
                    "the school already has a pupil with UPN " + upn + " (/api/v1/pupils/" + existing.id
                            + "); update that pupil instead", List.of(FieldError.of("upn", "is already recorded at this school")));
        }
        Pupil p = new Pupil();
        p.id = Ids.newId();
        p.trustId = tenant.trustId();
        p.schoolId = schoolId;
        p.upn = upn;
        p.pseudonym = pseudonyms.of(p.trustId, p.id);
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(p, request);
        p.persist();
        return p;
    }

    @Transactional
    public Pupil update(Tenant tenant, UUID id, String ifMatch, PupilRequest request) {
        Pupil p = find(tenant, id);
        ETags.requireMatch(ifMatch, p.version);
        String upn = checkedUpn(request.upn());
        check(request);
        if (!upn.equals(p.upn)) {
            // a temporary UPN is replaced by the permanent one when it arrives
            if (Pupil.count("schoolId = ?1 and upn = ?2 and id <> ?3", p.schoolId, upn, p.id) > 0) {
                throw ProblemException.conflict("another pupil of this school has UPN " + upn);
            }
            p.upn = upn;
        }
        apply(p, request);
        Pupil.getEntityManager().flush();
        return p;
    }

    /** A page of the school's pupils, filtered; leavers only when asked for. */
    @Transactional
    public List<Pupil> list(Tenant tenant, UUID schoolId, Integer yearGroup, PupilGroup group, String className,
                            boolean includeLeavers, PageRequest page) {
        tenant.requireSchool(schoolId);
        StringBuilder q = new StringBuilder("from Pupil p where p.schoolId = :school and " + tenant.scope().where("p"));
        Parameters params = tenant.scope().params().and("school", schoolId);
        if (yearGroup != null) {
            q.append(" and p.yearGroup = :year");
            params.and("year", yearGroup);
        }
        if (group != null) {
            q.append(" and ").append(group.jpql("p"));
        }
        if (className != null && !className.isBlank()) {
            q.append(" and lower(p.className) = :className");
            params.and("className", className.trim().toLowerCase(Locale.ROOT));
        }
        if (!includeLeavers) {
            q.append(" and (p.leftOn is null or p.leftOn > :today)");
            params.and("today", LocalDate.now());
        }
        String after = page.position();
        if (after != null) {
            q.append(" and p.id > :after");
            params.and("after", Cursors.uuid(after));
        }
        q.append(" order by p.id");
        return Pupil.<Pupil>find(q.toString(), params).page(0, page.fetchSize()).list();
    }

    static String checkedUpn(String raw) {
        String upn = raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
        String problem = Upn.problem(upn);
        if (problem != null) {
            throw ProblemException.invalidField("upn", problem);
        }
        return upn;
    }

    private static void check(PupilRequest r) {
        if (r.joinedOn() != null && r.leftOn() != null && r.leftOn().isBefore(r.joinedOn())) {
            throw ProblemException.invalidField("leftOn", "must not be before joinedOn");
        }
    }

    private static void apply(Pupil p, PupilRequest r) {
        p.firstName = r.firstName().trim();
        p.lastName = r.lastName().trim();
        p.dateOfBirth = r.dateOfBirth();
        p.sex = r.sex();
        p.yearGroup = r.yearGroup();
        p.className = r.className() == null || r.className().isBlank() ? null : r.className().trim();
        p.disadvantaged = r.disadvantaged();
        p.freeSchoolMeals = Boolean.TRUE.equals(r.freeSchoolMeals());
        p.senStatus = r.senStatus() == null ? SenStatus.NONE : r.senStatus();
        p.eal = Boolean.TRUE.equals(r.eal());
        p.ethnicityCode = r.ethnicityCode();
        p.priorAttainment = r.priorAttainment();
        p.joinedOn = r.joinedOn();
        p.leftOn = r.leftOn();
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
