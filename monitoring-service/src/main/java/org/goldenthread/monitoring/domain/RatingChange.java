package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change to a standard's rating or notes: the self-evaluation's history, never edited. */
@Entity
public class RatingChange extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID ratingId;
    public UUID selfEvaluationId;
    public UUID standardId;
    public UUID trustId;
    public UUID schoolId;
    public Integer previousRating;
    public Integer rating;
    public String evidenceNotes;
    public String actionNotes;
    public String changedBy;
    public OffsetDateTime changedAt;
}
