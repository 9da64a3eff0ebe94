package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.EvidenceKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence item's metadata; the content is at {@code contentUrl}. */
@Schema(name = "Evidence", description = "An evidence item: metadata, sha-256 and where to download the content.")
public record EvidenceView(
        @Schema(example = "0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d") UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID activityId,
        @Schema(example = "WORK_SAMPLE") EvidenceKind kind,
        @Schema(example = "Year 4 maths book: column subtraction with inverse checks") String title,
        @Schema(example = "Scanned page, names removed") String description,
        @Schema(example = "y4-column-subtraction.pdf") String filename,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "183422") long sizeBytes,
        @Schema(description = "SHA-256 of the content, lower-case hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Seen only by the school's leaders and the uploader", example = "false") boolean confidential,
        @Schema(example = "subject_leader@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String uploadedBy,
        OffsetDateTime uploadedAt,
        @Schema(example = "/api/v1/evidence/0193f4a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d/content") String contentUrl,
        @Schema(description = "Also the ETag", example = "0") long version) {

    public static EvidenceView of(EvidenceItem e) {
        return new EvidenceView(e.id, e.schoolId, e.activityId, e.kind, e.title, e.description, e.filename, e.contentType,
                e.sizeBytes, e.sha256, e.confidential, e.uploadedBy, e.uploadedAt, "/api/v1/evidence/" + e.id + "/content",
                e.version);
    }
}
