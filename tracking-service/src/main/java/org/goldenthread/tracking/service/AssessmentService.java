package org.goldenthread.tracking.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.outbox.Outbox;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.AcademicYear;
import org.goldenthread.tracking.domain.Assessment;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.messaging.AssessmentRecorded;
import org.goldenthread.tracking.rest.AssessmentRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records assessments one at a time (a teacher's judgement, a corrected score). Upsert by natural
 * key: a new value for an existing assessment needs the ETag it was read with, and the value it
 * replaces is kept in the history. Every change writes an assessment-recorded event.
 */
@ApplicationScoped
public class AssessmentService {
    @Inject
    PupilService pupils;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    /** The outcome of recording: the assessment and whether it was new. */
    public record Recorded(Assessment assessment, boolean created, boolean changed) {
    }

    /** A superseded value, from the history. */
    public record Superseded(long version, String judgement, Integer scaledScore, int yearGroup, OffsetDateTime recordedAt,
                             String recordedBy, OffsetDateTime supersededAt) {
    }

    @Transactional
    public Recorded record(Tenant tenant, UUID pupilId, String academicYear, Term term, Subject subject,
                           AssessmentSource source, AssessmentRequest request, String ifMatch) {
        Pupil pupil = pupils.find(tenant, pupilId);
        String year = checkedYear(academicYear);
        checkValue(source, request);
        Assessment a = Assessment.<Assessment>find("pupilId = ?1 and academicYear = ?2 and term = ?3 and subject = ?4 and source = ?5",
                pupil.id, year, term, subject, source).firstResult();
        int yearGroup = request.yearGroup() != null ? request.yearGroup() : a != null ? a.yearGroup : pupil.yearGroup;
        boolean created = a == null;
        if (created) {
            a = new Assessment();
            a.id = Ids.newId();
            a.trustId = pupil.trustId;
            a.schoolId = pupil.schoolId;
            a.pupilId = pupil.id;
            a.academicYear = year;
            a.term = term;
            a.subject = subject;
            a.source = source;
        } else {
            ETags.requireMatch(ifMatch, a.version);
            if (a.judgement == request.judgement() && Objects.equals(a.scaledScore, request.scaledScore())
                    && a.yearGroup == yearGroup) {
                return new Recorded(a, false, false);
            }
        }
        a.judgement = request.judgement();
        a.scaledScore = request.scaledScore();
        a.yearGroup = yearGroup;
        a.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        a.recordedBy = tenant.subject();
        if (created) {
            a.persist();
        }
        em.flush();
        AssessmentRecorded event = AssessmentRecorded.of(a, pupil.pseudonym);
        outbox.write(AssessmentRecorded.TOPIC, a.schoolId.toString(), AssessmentRecorded.TYPE, event.subject(pupil.pseudonym),
                a.trustId, a.schoolId, event);
        return new Recorded(a, created, true);
    }

    @Transactional
    public Assessment find(Tenant tenant, UUID pupilId, String academicYear, Term term, Subject subject, AssessmentSource source) {
        Pupil pupil = pupils.find(tenant, pupilId);
        return Assessment.<Assessment>find("pupilId = ?1 and academicYear = ?2 and term = ?3 and subject = ?4 and source = ?5",
                        pupil.id, checkedYear(academicYear), term, subject, source).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("assessment " + academicYear + " " + term + " " + subject + " " + source));
    }

    /** The values an assessment had before each correction, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Superseded> history(Assessment a) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT version, judgement, scaled_score, year_group, recorded_at, recorded_by, superseded_at
                        FROM assessment_history WHERE assessment_id = ?1 ORDER BY version""")
                .setParameter(1, a.id).getResultList();
        List<Superseded> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Superseded(((Number) r[0]).longValue() + 1, (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), toOffset(r[4]), (String) r[5], toOffset(r[6])));
        }
        return out;
    }

    /** A pupil's assessments, optionally of one academic year, in term order. */
    @Transactional
    public List<Assessment> forPupil(Tenant tenant, UUID pupilId, String academicYear) {
        Pupil pupil = pupils.find(tenant, pupilId);
        if (academicYear == null) {
            return Assessment.<Assessment>list("pupilId = ?1 order by academicYear, term, subject, source", pupil.id);
        }
        return Assessment.<Assessment>list("pupilId = ?1 and academicYear = ?2 order by term, subject, source",
                pupil.id, checkedYear(academicYear));
    }

    /** A page of a school's assessments, filtered. */
    @Transactional
    public List<Assessment> forSchool(Tenant tenant, UUID schoolId, String academicYear, Term term, Subject subject,
                                      Integer yearGroup, PageRequest page) {
        tenant.requireSchool(schoolId);
        StringBuilder q = new StringBuilder("from Assessment a where a.schoolId = :school and " + tenant.scope().where("a"));
        Parameters params = tenant.scope().params().and("school", schoolId);
        if (academicYear != null) {
            q.append(" and a.academicYear = :year");
            params.and("year", checkedYear(academicYear));
        }
        if (term != null) {
            q.append(" and a.term = :term");
            params.and("term", term);
        }
        if (subject != null) {
            q.append(" and a.subject = :subject");
            params.and("subject", subject);
        }
        if (yearGroup != null) {
            q.append(" and a.yearGroup = :yearGroup");
            params.and("yearGroup", yearGroup);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and a.id > :after");
            params.and("after", Cursors.uuid(after));
        }
        q.append(" order by a.id");
        return Assessment.<Assessment>find(q.toString(), params).page(0, page.fetchSize()).list();
    }

    static String checkedYear(String academicYear) {
        String problem = AcademicYear.problem(academicYear);
        if (problem != null) {
            throw ProblemException.invalidField("academicYear", problem);
        }
        return academicYear.trim();
    }

    private static void checkValue(AssessmentSource source, AssessmentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (source == AssessmentSource.TEST) {
            if (r.scaledScore() == null) {
                errors.add(FieldError.of("scaledScore", "is required for a test (80–120)"));
            }
            if (r.judgement() != null) {
                errors.add(FieldError.of("judgement", "must be empty for a test (a test has a scaled score)"));
            }
        } else {
            if (r.judgement() == null) {
                errors.add(FieldError.of("judgement", "is required for a teacher assessment (PKS, BLW, WTS, EXS or GDS)"));
            }
            if (r.scaledScore() != null) {
                errors.add(FieldError.of("scaledScore", "must be empty for a teacher assessment (it has a judgement)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().map(e -> e.field() + " " + e.message())
                    .reduce((x, y) -> x + "; " + y).orElse(""), errors);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
