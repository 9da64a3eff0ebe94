package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The current rating of one quality standard in a self-evaluation (null until rated), with the
 * toolkit's two columns: notes to support self-evaluation (evidence) and action planning.
 */
@Entity
public class StandardRating extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_evaluation_id")
    public SelfEvaluation selfEvaluation;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id")
    public QualityStandard standard;
    public UUID trustId;
    public UUID schoolId;
    public Integer rating;
    public String evidenceNotes;
    public String actionNotes;
    public String updatedBy;
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
