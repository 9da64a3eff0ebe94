package org.goldenthread.tracking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.ResultsRow;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.service.TermlyResultsService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SchoolTermlyResults", description = "One school's termly results: as they stand (no version) or a published version.")
public record SchoolResultsView(
        UUID schoolId,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "SPRING") Term term,
        @Schema(description = "Published version; absent for results as they stand", example = "2") @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID snapshotId,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String publishedBy,
        @Schema(description = "Whether rows carry exact figures (the school's own staff only)", example = "true") boolean exactFigures,
        List<ResultsRow> results) {

    static SchoolResultsView of(TermlyResultsService.SchoolResults r) {
        return new SchoolResultsView(r.schoolId(), r.academicYear(), r.term(), r.version(), r.snapshotId(), r.publishedAt(),
                r.publishedBy(), r.exactFigures(), r.results());
    }
}
