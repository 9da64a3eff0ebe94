package org.goldenthread.tracking.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.Judgement;

/** The result of one assessment: a judgement for a teacher assessment, or a scaled score for a test. */
@Schema(name = "AssessmentRequest", description = "A teacher assessment gives judgement; a test gives scaledScore (80–120). The source, subject, year and term are in the path.")
public record AssessmentRequest(
        @Schema(description = "For TEACHER_ASSESSMENT: PKS/BLW, WTS, EXS or GDS", example = "EXS") Judgement judgement,
        @Min(80) @Max(120) @Schema(description = "For TEST: scaled score 80–120", example = "104") Integer scaledScore,
        @Min(0) @Max(13) @Schema(description = "The pupil's year when assessed; defaults to their current year group", example = "4") Integer yearGroup) {
}
