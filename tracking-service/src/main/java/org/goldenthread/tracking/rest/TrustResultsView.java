package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.ResultsRow;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.service.TermlyResultsService;

import java.util.List;
import java.util.UUID;

@Schema(name = "TrustTermlyResults", description = "A trust's roll-up of its schools' latest published results: summed counts, published figures only.")
public record TrustResultsView(UUID trustId, @Schema(example = "2026-27") String academicYear, @Schema(example = "SPRING") Term term,
                               @Schema(description = "Schools with published results for the term", example = "20") int schoolsIncluded,
                               List<UUID> schoolIds, List<ResultsRow> results) {
    static TrustResultsView of(TermlyResultsService.TrustResults r) {
        return new TrustResultsView(r.trustId(), r.academicYear(), r.term(), r.schoolsIncluded(), r.schoolIds(), r.results());
    }
}
