package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a monitoring activity found: a strength or an area for development, judged on the toolkit's
 * 1–4 scale, linked to plan milestones and evidence, possibly following up an earlier finding.
 * A confidential finding (an individual teacher's observation, say) is seen only by the school's
 * leaders and the observer, and is never published.
 */
@Entity
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    // Every view of a finding shows its activity and evidence: load them with it (batched for lists).
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "activity_id")
    public MonitoringActivity activity;
    @Enumerated(EnumType.STRING)
    public FindingKind kind;
    public String statement;
    public int judgement;
    public String subject;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "integer[]")
    public List<Integer> yearGroups = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> focusTags = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<UUID> linkedMilestoneIds = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "evidence_id")
    public Set<UUID> evidenceIds = new LinkedHashSet<>();
    public UUID followsUpFindingId;
    @Enumerated(EnumType.STRING)
    public FollowUpOutcome followUpOutcome;
    public boolean confidential;
    public LocalDate observedOn;
    public String recordedBy;
    public OffsetDateTime recordedAt;
    public OffsetDateTime updatedAt;
    public int revision;
    public boolean published;
    @Version
    public long version;
}
