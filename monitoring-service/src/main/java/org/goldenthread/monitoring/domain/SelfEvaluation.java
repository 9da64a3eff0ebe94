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

/** A school's self-evaluation against one framework for one academic year. */
@Entity
public class SelfEvaluation extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;
    public String academicYear;
    public String createdBy;
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
