package org.goldenthread.plans.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan–do–review commentary at a point in the year: progress, evaluation and impact, next
 * steps, and a RAG for the plan and for each priority and action reviewed.
 */
@Entity
public class Review extends Audited {
    public UUID planId;
    public LocalDate reviewedOn;
    @Enumerated(EnumType.STRING)
    public Term term;
    public String title;
    public String progress;
    public String evaluation;
    public String impact;
    public String nextSteps;
    @Enumerated(EnumType.STRING)
    public Rag overallRag;
    @Convert(converter = Converters.ReviewRatings.class)
    public List<ReviewRating> ratings = List.of();

    @Override
    public String itemType() {
        return "REVIEW";
    }

    @Override
    public String itemNumber() {
        return null;
    }

    @Override
    public String itemTitle() {
        return title;
    }

    @Override
    public UUID planId() {
        return planId;
    }

    @Override
    public Map<String, Object> historyState() {
        return state("reviewedOn", reviewedOn, "term", term, "title", title, "progress", progress,
                "evaluation", evaluation, "impact", impact, "nextSteps", nextSteps, "overallRag", overallRag,
                "ratings", ratings);
    }
}
