package org.goldenthread.tracking.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Target;
import org.goldenthread.tracking.rest.TargetRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** End-of-year targets per pupil, subject and academic year. */
@ApplicationScoped
public class TargetService {
    @Inject
    PupilService pupils;
    @Inject
    EntityManager em;

    public record Set(Target target, boolean created) {
    }

    @Transactional
    public Set set(Tenant tenant, UUID pupilId, String academicYear, Subject subject, TargetRequest request, String ifMatch) {
        Pupil pupil = pupils.find(tenant, pupilId);
        String year = AssessmentService.checkedYear(academicYear);
        Target t = Target.<Target>find("pupilId = ?1 and academicYear = ?2 and subject = ?3", pupil.id, year, subject).firstResult();
        boolean created = t == null;
        if (created) {
            t = new Target();
            t.id = Ids.newId();
            t.trustId = pupil.trustId;
            t.schoolId = pupil.schoolId;
            t.pupilId = pupil.id;
            t.academicYear = year;
            t.subject = subject;
        } else {
            ETags.requireMatch(ifMatch, t.version);
        }
        t.judgement = request.judgement();
        t.setAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.setBy = tenant.subject();
        if (created) {
            t.persist();
        }
        em.flush();
        return new Set(t, created);
    }

    @Transactional
    public List<Target> forPupil(Tenant tenant, UUID pupilId) {
        Pupil pupil = pupils.find(tenant, pupilId);
        return Target.list("pupilId = ?1 order by academicYear, subject", pupil.id);
    }

    @Transactional
    public List<Target> forSchool(Tenant tenant, UUID schoolId, String academicYear, Subject subject, PageRequest page) {
        tenant.requireSchool(schoolId);
        StringBuilder q = new StringBuilder("from Target t where t.schoolId = :school and " + tenant.scope().where("t"));
        Parameters params = tenant.scope().params().and("school", schoolId);
        if (academicYear != null) {
            q.append(" and t.academicYear = :year");
            params.and("year", AssessmentService.checkedYear(academicYear));
        }
        if (subject != null) {
            q.append(" and t.subject = :subject");
            params.and("subject", subject);
        }
        if (page.position() != null) {
            q.append(" and t.id > :after");
            params.and("after", Cursors.uuid(page.position()));
        }
        q.append(" order by t.id");
        return Target.<Target>find(q.toString(), params).page(0, page.fetchSize()).list();
    }
}
