package org.goldenthread.plans.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * plans-service's copy of one school's published termly results for a term (from
 * termly-results-published): the current version only, with its rows. Milestones read it when
 * they are created or changed; the tracking.events consumer keeps it current.
 */
@Entity
@Table(name = "termly_results")
public class TermlyResults extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Term term;
    public int version;
    public UUID snapshotId;
    public UUID eventId;
    public String eventType;
    public OffsetDateTime publishedAt;
    public OffsetDateTime receivedAt;
    @ElementCollection
    @CollectionTable(name = "termly_result", joinColumns = @JoinColumn(name = "termly_results_id"))
    public List<TermlyResult> results = new ArrayList<>();

    public TermOfYear termOfYear() {
        return new TermOfYear(academicYear, term);
    }
}
