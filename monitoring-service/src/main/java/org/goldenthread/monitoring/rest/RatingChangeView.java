package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.RatingChange;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change in a self-evaluation's history. */
@Schema(name = "RatingChange", description = "One change to a standard's rating or notes.")
public record RatingChangeView(
        UUID id,
        @Schema(example = "d0c5f010-2010-4000-8002-000000000601") UUID standardId,
        @Schema(example = "6A") String reference,
        @Schema(example = "3") Integer previousRating,
        @Schema(example = "2") Integer rating,
        @Schema(example = "Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring") String ratingMeaning,
        String evidenceNotes,
        String actionNotes,
        @Schema(example = "school_leader@8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String changedBy,
        OffsetDateTime changedAt) {

    public static RatingChangeView of(RatingChange c, String reference) {
        return new RatingChangeView(c.id, c.standardId, reference, c.previousRating, c.rating, Judgement.meaningOf(c.rating),
                c.evidenceNotes, c.actionNotes, c.changedBy, c.changedAt);
    }
}
