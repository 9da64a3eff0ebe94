package org.goldenthread.tracking.messaging;

import org.goldenthread.tracking.domain.Assessment;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.goldenthread.tracking.assessment-recorded.v1} (contracts/events): one pupil's
 * assessment, the pupil only as a pseudonymous id. No name, date of birth, UPN or characteristic.
 */
public record AssessmentRecorded(UUID trustId, UUID schoolId, String pupilId, int yearGroup, Subject subject,
                                 String academicYear, Term term, AssessmentSource source, Judgement judgement,
                                 Integer scaledScore, boolean atOrAboveExpected, boolean greaterDepth,
                                 OffsetDateTime recordedAt) {
    public static final String TYPE = "org.goldenthread.tracking.assessment-recorded.v1";
    public static final String TOPIC = "tracking.events";

    public static AssessmentRecorded of(Assessment a, String pseudonym) {
        return new AssessmentRecorded(a.trustId, a.schoolId, pseudonym, a.yearGroup, a.subject, a.academicYear, a.term,
                a.source, a.judgement, a.scaledScore, a.atOrAboveExpected(), a.greaterDepth(), a.recordedAt);
    }

    public String subject(String pseudonym) {
        return "schools/" + schoolId + "/pupils/" + pseudonym + "/assessments/" + academicYear + "/" + term + "/" + subject;
    }
}
