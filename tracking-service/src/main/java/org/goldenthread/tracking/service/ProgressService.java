package org.goldenthread.tracking.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.AcademicYear;
import org.goldenthread.tracking.domain.Assessment;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.Attainment;
import org.goldenthread.tracking.domain.ProgressRules;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.domain.PupilGroup;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Target;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.domain.TermPoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Progress flags per pupil and subject, and the school's list of pupils needing attention. */
@ApplicationScoped
public class ProgressService {
    @Inject
    PupilService pupils;

    /** One pupil's progress in one subject. */
    public record SubjectProgress(Pupil pupil, Subject subject, ProgressRules.Progress progress) {
    }

    /** A pupil's flags in every subject they have results in, as of the term. */
    @Transactional
    public List<SubjectProgress> forPupil(Tenant tenant, UUID pupilId, String academicYear, Term term) {
        Pupil pupil = pupils.find(tenant, pupilId);
        TermPoint asOf = new TermPoint(AcademicYear.parse(AssessmentService.checkedYear(academicYear)), term);
        List<Assessment> assessments = Assessment.list("pupilId = ?1 and academicYear in ?2", pupil.id,
                List.of(asOf.year().toString(), asOf.year().previous().toString()));
        List<Target> targets = Target.list("pupilId = ?1", pupil.id);
        return evaluate(List.of(pupil), assessments, targets, asOf, null);
    }

    /**
     * The toolkit's "children who are falling behind, slow-moving or stuck": pupils on roll whose
     * latest result up to the term is FALLING_BEHIND or STUCK, filtered by year group, subject and group.
     */
    @Transactional
    public List<SubjectProgress> needingAttention(Tenant tenant, UUID schoolId, String academicYear, Term term,
                                                  Integer yearGroup, Subject subject, PupilGroup group) {
        tenant.requireSchool(schoolId);
        TermPoint asOf = new TermPoint(AcademicYear.parse(AssessmentService.checkedYear(academicYear)), term);
        StringBuilder q = new StringBuilder("from Pupil p where p.schoolId = :school and " + tenant.scope().where("p")
                + " and (p.leftOn is null or p.leftOn > :today)");
        Parameters params = tenant.scope().params().and("school", schoolId).and("today", LocalDate.now());
        if (yearGroup != null) {
            q.append(" and p.yearGroup = :year");
            params.and("year", yearGroup);
        }
        if (group != null) {
            q.append(" and ").append(group.jpql("p"));
        }
        List<Pupil> chosen = Pupil.list(q + " order by p.lastName, p.firstName, p.id", params);
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<String> years = List.of(asOf.year().toString(), asOf.year().previous().toString());
        List<Assessment> assessments = Assessment.list("schoolId = ?1 and academicYear in ?2", schoolId, years);
        List<Target> targets = Target.list("schoolId = ?1 and academicYear in ?2", schoolId, years);
        return evaluate(chosen, assessments, targets, asOf, subject).stream()
                .filter(p -> p.progress().flag().needsAttention()).toList();
    }

    private static List<SubjectProgress> evaluate(List<Pupil> chosen, List<Assessment> assessments, List<Target> targets,
                                                  TermPoint asOf, Subject onlySubject) {
        Map<UUID, Map<Subject, Map<Integer, Assessment>>> record = new HashMap<>();
        for (Assessment a : assessments) {
            if (onlySubject != null && a.subject != onlySubject) {
                continue;
            }
            TermPoint when = new TermPoint(AcademicYear.parse(a.academicYear), a.term);
            Map<Integer, Assessment> terms = record.computeIfAbsent(a.pupilId, p -> new EnumMap<>(Subject.class))
                    .computeIfAbsent(a.subject, s -> new HashMap<>());
            Assessment existing = terms.get(when.index());
            // a term's result is the test when there is one, as in termly results
            if (existing == null || (existing.source != AssessmentSource.TEST && a.source == AssessmentSource.TEST)) {
                terms.put(when.index(), a);
            }
        }
        Map<String, Integer> targetLevels = new HashMap<>();
        for (Target t : targets) {
            targetLevels.put(t.pupilId + "/" + t.academicYear + "/" + t.subject, t.judgement.level());
        }
        List<SubjectProgress> out = new ArrayList<>();
        for (Pupil pupil : chosen) {
            Map<Subject, Map<Integer, Assessment>> subjects = record.getOrDefault(pupil.id, Map.of());
            for (Subject subject : Subject.values()) {
                Map<Integer, Assessment> terms = subjects.get(subject);
                if (terms == null) {
                    continue;
                }
                List<ProgressRules.TermResult> results = terms.values().stream()
                        .map(a -> new ProgressRules.TermResult(new TermPoint(AcademicYear.parse(a.academicYear), a.term),
                                Attainment.level(a.judgement, a.scaledScore)))
                        .toList();
                ProgressRules.Progress progress = ProgressRules.evaluate(results, asOf,
                        year -> targetLevels.get(pupil.id + "/" + year + "/" + subject));
                if (progress != null) {
                    out.add(new SubjectProgress(pupil, subject, progress));
                }
            }
        }
        return out;
    }
}
