package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.ProgressFlag;
import org.goldenthread.tracking.domain.ProgressRules;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.service.ProgressService;

import java.util.UUID;

@Schema(name = "Progress", description = "A pupil's progress flag in one subject, with what it was decided from. Levels: 1 PKS/BLW, 2 WTS or scaled score below 100, 3 EXS or 100–109, 4 GDS or 110+.")
public record ProgressView(
        UUID pupilId,
        @Schema(example = "Amelia Khan") String pupilName,
        @Schema(example = "5") int yearGroup,
        @Schema(example = "5B") String className,
        @Schema(example = "MATHS") Subject subject,
        @Schema(example = "STUCK") ProgressFlag flag,
        @Schema(example = "below the expected standard and not moving since 2025-26 SUMMER") String reason,
        @Schema(example = "2026-27") String latestAcademicYear,
        @Schema(example = "SPRING") Term latestTerm,
        @Schema(example = "2") int latestLevel,
        @Schema(example = "2") Integer previousLevel,
        @Schema(example = "3") int targetLevel,
        @Schema(description = "false = no target set, the expected standard is used", example = "true") boolean targetSet) {

    static ProgressView of(ProgressService.SubjectProgress p) {
        ProgressRules.Progress g = p.progress();
        return new ProgressView(p.pupil().id, p.pupil().firstName + " " + p.pupil().lastName, p.pupil().yearGroup,
                p.pupil().className, p.subject(), g.flag(), g.reason(), g.latest().when().year().toString(),
                g.latest().when().term(), g.latest().level(), g.previous() == null ? null : g.previous().level(),
                g.targetLevel(), g.targetSet());
    }
}
