package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.CoreElement;
import org.goldenthread.monitoring.domain.Framework;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.QualityStandard;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A framework with its rating scale, core elements and quality standards. */
@Schema(name = "Framework", description = "A self-evaluation framework: its 1-4 scale, core elements and quality standards.")
public record FrameworkView(
        @Schema(example = "d0c5f010-2010-4000-8000-000000000001") UUID id,
        @Schema(example = "Primary self-evaluation and improvement toolkit (2010)") String title,
        String description,
        @Schema(description = "Where it comes from") String source,
        @Schema(description = "Reference data shipped with the service; cannot be changed", example = "true") boolean builtIn,
        @Schema(description = "Set for a framework of one school") UUID schoolId,
        @Schema(description = "The rating scale, 1 best") List<ScaleLevel> scale,
        List<CoreElementView> coreElements,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Also the ETag", example = "0") long version) {

    @Schema(name = "ScaleLevel", description = "One level of the toolkit's 4 point scale.")
    public record ScaleLevel(@Schema(example = "1") int value,
                             @Schema(example = "Strong feature of the school, with proven impact, that could be replicated and shared with others")
                             String meaning) {
        public static List<ScaleLevel> all() {
            return Arrays.stream(Judgement.values()).map(j -> new ScaleLevel(j.value(), j.meaning())).toList();
        }
    }

    @Schema(name = "CoreElement", description = "A core element and its quality standards.")
    public record CoreElementView(
            @Schema(example = "d0c5f010-2010-4000-8001-000000000002") UUID id,
            @Schema(example = "2") int number,
            @Schema(example = "Tracking pupil progress at whole-school and classroom level") String title,
            @Schema(description = "Questions to support discussion") List<String> questions,
            List<StandardView> standards) {
        static CoreElementView of(CoreElement e) {
            return new CoreElementView(e.id, e.number, e.title, List.copyOf(e.questions),
                    e.standards.stream().map(s -> StandardView.of(e, s)).toList());
        }
    }

    @Schema(name = "QualityStandard", description = "A quality standard, lettered within its core element.")
    public record StandardView(
            @Schema(example = "d0c5f010-2010-4000-8002-000000000201") UUID id,
            @Schema(example = "A") String code,
            @Schema(description = "Core element number and letter", example = "2A") String reference,
            @Schema(example = "Senior leaders use data and termly tracking information to inform the school's improvement activity") String title,
            @Schema(description = "What the standard looks like in practice, where the framework says") String description) {
        static StandardView of(CoreElement e, QualityStandard s) {
            return new StandardView(s.id, s.code, e.number + s.code, s.title, s.description);
        }
    }

    public static FrameworkView of(Framework f) {
        return new FrameworkView(f.id, f.title, f.description, f.source, f.builtIn, f.schoolId, ScaleLevel.all(),
                f.coreElements.stream().map(CoreElementView::of).toList(), f.createdBy, f.createdAt, f.updatedAt, f.version);
    }
}
