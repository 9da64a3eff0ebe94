package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.Assessment;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Assessment", description = "One pupil's assessment in one subject, year and term.")
public record AssessmentView(
        UUID id,
        UUID pupilId,
        UUID schoolId,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "AUTUMN") Term term,
        @Schema(example = "WRITING") Subject subject,
        @Schema(example = "TEACHER_ASSESSMENT") AssessmentSource source,
        @Schema(example = "EXS") Judgement judgement,
        @Schema(example = "null") Integer scaledScore,
        @Schema(example = "4") int yearGroup,
        @Schema(example = "true") boolean atOrAboveExpected,
        @Schema(example = "false") boolean greaterDepth,
        OffsetDateTime recordedAt,
        @Schema(example = "teacher@school") String recordedBy,
        @Schema(description = "1 for the first record; each correction adds one", example = "1") long version) {

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.pupilId, a.schoolId, a.academicYear, a.term, a.subject, a.source, a.judgement,
                a.scaledScore, a.yearGroup, a.atOrAboveExpected(), a.greaterDepth(), a.recordedAt, a.recordedBy, a.version + 1);
    }
}
