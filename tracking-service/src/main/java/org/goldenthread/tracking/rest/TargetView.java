package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Target;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Target", description = "A pupil's end-of-year target in one subject.")
public record TargetView(UUID id, UUID pupilId, UUID schoolId, @Schema(example = "2026-27") String academicYear,
                         @Schema(example = "MATHS") Subject subject, @Schema(example = "GDS") Judgement judgement,
                         OffsetDateTime setAt, @Schema(example = "teacher@school") String setBy,
                         @Schema(description = "Send as If-Match to change the target (a list gives no ETag header per item)",
                                 example = "\"0\"") String etag) {
    public static TargetView of(Target t) {
        return new TargetView(t.id, t.pupilId, t.schoolId, t.academicYear, t.subject, t.judgement, t.setAt, t.setBy,
                ETags.of(t.version));
    }
}
