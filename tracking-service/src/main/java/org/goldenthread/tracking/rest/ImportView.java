package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.tracking.service.imports.ImportFormat;
import org.goldenthread.tracking.service.imports.ImportJob;
import org.goldenthread.tracking.service.imports.ImportMode;
import org.goldenthread.tracking.service.imports.ImportStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Import", description = "An MIS import job: poll it until status is SUCCEEDED or FAILED.")
public record ImportView(
        UUID id,
        @Schema(example = "RUNNING") ImportStatus status,
        @Schema(example = "CSV") ImportFormat format,
        @Schema(example = "ATOMIC") ImportMode mode,
        @Schema(description = "Schools the rows name (before they are read: the submitter's schools)") List<UUID> schoolIds,
        @Schema(description = "Data rows in the file, once read", example = "300000") Integer rowsTotal,
        @Schema(description = "Rows checked so far", example = "175000") int rowsProcessed,
        @Schema(description = "Rows that changed something (pupils and assessments)", example = "299412") int rowsApplied,
        @Schema(example = "0") int pupilsApplied,
        @Schema(example = "299412") int assessmentsApplied,
        @Schema(description = "Valid rows equal to what was already recorded", example = "588") int rowsUnchanged,
        @Schema(description = "Rows with errors (not applied)", example = "0") int rowsRejected,
        @Schema(description = "All errors found (the first 100 are listed here; page the rest from /errors)", example = "0") int errorCount,
        @Schema(description = "Why the import failed, when it did") String detail,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "Errors with line (CSV, header = line 1) and field") List<FieldError> errors) {

    static ImportView of(ImportJob j) {
        return new ImportView(j.id(), j.status(), j.format(), j.mode(), j.schoolIds(), j.rowsTotal(), j.rowsProcessed(),
                j.rowsApplied(), j.pupilsApplied(), j.assessmentsApplied(), j.rowsUnchanged(), j.rowsRejected(), j.errorCount(),
                j.detail(), j.createdAt(), j.startedAt(), j.finishedAt(),
                j.errors().stream().map(e -> new FieldError(e.field(), e.message(), e.line(), e.rejectedValue())).toList());
    }
}
