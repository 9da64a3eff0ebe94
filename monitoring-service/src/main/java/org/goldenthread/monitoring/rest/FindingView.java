package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.FindingKind;
import org.goldenthread.monitoring.domain.FollowUpOutcome;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.Term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A finding, with its judgement in the toolkit's words. */
@Schema(name = "Finding", description = "A finding of a monitoring activity, judged on the toolkit's 1-4 scale.")
public record FindingView(
        @Schema(example = "c9d0e1f2-a3b4-4c5d-9e6f-7a8b9c0d1e2f") UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID activityId,
        @Schema(example = "WORK_SCRUTINY") ActivityType activityType,
        @Schema(example = "Maths work scrutiny") String activityTitle,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "SPRING") Term term,
        @Schema(example = "2027-01-21") LocalDate observedOn,
        @Schema(example = "AREA_FOR_DEVELOPMENT") FindingKind kind,
        @Schema(example = "Developmental marking remains inconsistent across the school.") String statement,
        @Schema(example = "3", minimum = "1", maximum = "4") int judgement,
        @Schema(description = "The toolkit's words for the judgement",
                example = "An aspect in need of some improvement requiring future action(s)") String judgementMeaning,
        @Schema(example = "Mathematics") String subject,
        @Schema(example = "[4, 5]") List<Integer> yearGroups,
        @Schema(example = "[\"developmental-marking\"]") List<String> focusTags,
        @Schema(example = "[\"d4c3b2a1-6f5e-4b7a-9d8c-5b4a3f2e1d0c\"]") List<UUID> linkedMilestoneIds,
        @Schema(description = "Evidence you can see", example = "[\"0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d\"]") List<UUID> evidenceIds,
        @Schema(example = "f0e1d2c3-b4a5-4968-8776-655443322110") UUID followsUpFindingId,
        @Schema(example = "PARTLY_IMPROVED") FollowUpOutcome followUpOutcome,
        @Schema(description = "Seen only by the school's leaders and the observer; never published", example = "false") boolean confidential,
        @Schema(description = "Whether the finding is in the event stream (non-confidential, activity completed)", example = "true") boolean published,
        @Schema(description = "1 when recorded, bumped by each change; events carry it", example = "1") int revision,
        @Schema(example = "subject_leader@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String recordedBy,
        OffsetDateTime recordedAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Also the ETag", example = "1") long version) {

    /** The view; {@code visibleEvidence} limits the evidence ids to what the caller may see. */
    public static FindingView of(Finding f, Set<UUID> visibleEvidence) {
        return new FindingView(f.id, f.schoolId, f.activity.id, f.activity.type, f.activity.title, f.activity.academicYear,
                f.activity.term, f.observedOn, f.kind, f.statement, f.judgement, Judgement.meaningOf(f.judgement), f.subject,
                List.copyOf(f.yearGroups), List.copyOf(f.focusTags), List.copyOf(f.linkedMilestoneIds),
                f.evidenceIds.stream().filter(visibleEvidence::contains).toList(), f.followsUpFindingId, f.followUpOutcome,
                f.confidential, f.published, f.revision, f.recordedBy, f.recordedAt, f.updatedAt, f.version);
    }
}
