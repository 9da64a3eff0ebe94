package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.EvidenceKind;

import java.util.UUID;

/** New metadata for an evidence item (the content never changes: upload a new item instead). */
@Schema(name = "EvidenceUpdateRequest", description = "New metadata for an evidence item; the content cannot change.")
public record EvidenceUpdateRequest(
        @NotNull @Schema(example = "WORK_SAMPLE", required = true) EvidenceKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "Year 4 maths book: column subtraction", required = true, maxLength = 200) String title,
        @Size(max = 2000) @Schema(example = "Scanned page, names removed", maxLength = 2000) String description,
        @Schema(description = "The activity it came from (same school)", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID activityId,
        @Schema(description = "Seen only by the school's leaders and the uploader; absent leaves it as it is", example = "false") Boolean confidential) {
}
