package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.EvidenceDeletion;
import org.goldenthread.monitoring.domain.EvidenceKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit record a deleted evidence item left. */
@Schema(name = "EvidenceDeletion", description = "What was deleted (with its sha-256), by whom and when. The content is gone.")
public record EvidenceDeletionView(
        @Schema(example = "0193f4b7-1d2e-7f3a-8b4c-5d6e7f8a9b0c") UUID id,
        @Schema(example = "0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d") UUID evidenceId,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        UUID activityId,
        @Schema(example = "WORK_SAMPLE") EvidenceKind kind,
        @Schema(example = "Year 4 maths book: column subtraction") String title,
        @Schema(example = "y4-column-subtraction.pdf") String filename,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "183422") long sizeBytes,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        boolean confidential,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        @Schema(example = "school_leader@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String deletedBy,
        OffsetDateTime deletedAt,
        @Schema(example = "Uploaded to the wrong school") String reason) {

    public static EvidenceDeletionView of(EvidenceDeletion d) {
        return new EvidenceDeletionView(d.id, d.evidenceId, d.schoolId, d.activityId, d.kind, d.title, d.filename,
                d.contentType, d.sizeBytes, d.sha256, d.confidential, d.uploadedBy, d.uploadedAt, d.deletedBy, d.deletedAt,
                d.reason);
    }
}
