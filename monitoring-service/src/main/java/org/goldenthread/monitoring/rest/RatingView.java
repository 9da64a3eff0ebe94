package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.StandardRating;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One standard's current rating and notes. */
@Schema(name = "Rating", description = "One quality standard's current rating (absent until rated) and notes.")
public record RatingView(
        @Schema(example = "d0c5f010-2010-4000-8002-000000000601") UUID standardId,
        @Schema(description = "Core element number and letter", example = "6A") String reference,
        @Schema(example = "The school's planned monitoring and evaluation ensures the school's planned actions lead to sustainable improvements in its identified priorities")
        String standard,
        @Schema(example = "2") Integer rating,
        @Schema(example = "Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring") String ratingMeaning,
        String evidenceNotes,
        String actionNotes,
        String updatedBy,
        OffsetDateTime updatedAt,
        @Schema(description = "The rating's version: send it as If-Match to change it", example = "1") long version) {

    public static RatingView of(StandardRating r) {
        return new RatingView(r.standard.id, r.standard.coreElement.number + r.standard.code, r.standard.title, r.rating,
                Judgement.meaningOf(r.rating), r.evidenceNotes, r.actionNotes, r.updatedBy, r.updatedAt, r.version);
    }
}
