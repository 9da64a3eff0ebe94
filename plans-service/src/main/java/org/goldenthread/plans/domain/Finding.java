package org.goldenthread.plans.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * plans-service's copy of a monitoring finding at its latest revision (from finding-recorded,
 * finding-updated and finding-withdrawn): what a MONITORING milestone needs — activity type, term,
 * the day it was observed, focus tags, the 1–4 judgement and the milestones it was linked to.
 * A withdrawn finding stays as a tombstone so that a late, older revision cannot bring it back.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID findingId;
    public UUID trustId;
    public UUID schoolId;
    public int revision;
    public UUID activityId;
    @Enumerated(EnumType.STRING)
    public ActivityType activityType;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Term term;
    public LocalDate observedOn;
    public Integer judgement;
    @ElementCollection
    @CollectionTable(name = "finding_focus_tag", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "focus_tag")
    public Set<String> focusTags = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "finding_milestone", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "milestone_id")
    public Set<UUID> linkedMilestoneIds = new LinkedHashSet<>();
    public boolean withdrawn;
    public String withdrawnReason;
    public OffsetDateTime withdrawnAt;
    public UUID eventId;
    public String eventType;
    public OffsetDateTime receivedAt;

    public TermOfYear termOfYear() {
        return academicYear == null || term == null ? null : new TermOfYear(academicYear, term);
    }
}
