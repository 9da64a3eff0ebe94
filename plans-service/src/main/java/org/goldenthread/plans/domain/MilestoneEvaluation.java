package org.goldenthread.plans.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of a milestone's evaluation trail: what the status became and why — the observed
 * value against the target, the event that carried the evidence, or the reviewer and their reason.
 */
@Entity
public class MilestoneEvaluation extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID planId;
    public UUID milestoneId;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus previousStatus;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus measureStatus;
    @Column(precision = 6, scale = 1)
    public BigDecimal observedValue;
    @Column(precision = 6, scale = 1)
    public BigDecimal target;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    public String explanation;
    public UUID sourceEventId;
    public String sourceEventType;
    public boolean manualOverride;
    public String reason;
    public String evaluatedBy;
    public OffsetDateTime evaluatedAt;
}
