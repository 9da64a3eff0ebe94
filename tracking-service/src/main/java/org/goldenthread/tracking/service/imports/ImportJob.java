package org.goldenthread.tracking.service.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An import job as its submitter sees it. */
public record ImportJob(UUID id, ImportStatus status, ImportFormat format, ImportMode mode, String submittedBy,
                        List<UUID> schoolIds, Integer rowsTotal, int rowsProcessed, int rowsApplied, int pupilsApplied,
                        int assessmentsApplied, int rowsUnchanged, int rowsRejected, int errorCount, String detail,
                        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, List<RowError> errors) {
}
