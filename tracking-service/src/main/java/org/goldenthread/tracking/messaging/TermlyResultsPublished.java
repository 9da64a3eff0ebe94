package org.goldenthread.tracking.messaging;

import org.goldenthread.tracking.domain.ResultsRow;
import org.goldenthread.tracking.domain.Term;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.goldenthread.tracking.termly-results-published.v1} (contracts/events): one
 * school's published termly results, aggregates only, every row with its exact and published
 * figures (the analytics feed drops the exact ones for callers who are not the school's staff).
 */
public record TermlyResultsPublished(UUID trustId, UUID schoolId, String academicYear, Term term, int version,
                                     UUID snapshotId, OffsetDateTime publishedAt, List<ResultsRow> results) {
    public static final String TYPE = "org.goldenthread.tracking.termly-results-published.v1";
    public static final String TOPIC = "tracking.events";

    public String subject() {
        return "schools/" + schoolId + "/termly-results/" + academicYear + "/" + term;
    }
}
