package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Rag;
import org.goldenthread.plans.domain.Review;
import org.goldenthread.plans.domain.ReviewRating;
import org.goldenthread.plans.domain.Term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Review", description = "A plan–do–review entry; ratings keep the item's number and title as they were at the review")
public record ReviewView(
        UUID id, UUID planId, LocalDate reviewedOn, Term term,
        @Schema(example = "Autumn term review") String title,
        String progress, String evaluation, String impact, String nextSteps,
        Rag overallRag,
        List<ReviewRating> ratings,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.planId, r.reviewedOn, r.term, r.title, r.progress, r.evaluation, r.impact,
                r.nextSteps, r.overallRag, r.ratings, r.createdBy, r.createdAt, r.updatedBy, r.updatedAt, r.version);
    }
}
