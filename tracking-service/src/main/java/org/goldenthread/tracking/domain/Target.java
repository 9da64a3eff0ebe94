package org.goldenthread.tracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A pupil's end-of-year target in one subject: the judgement they are expected to reach by the summer. */
@Entity
public class Target extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID pupilId;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Subject subject;
    @Enumerated(EnumType.STRING)
    public Judgement judgement;
    public OffsetDateTime setAt;
    public String setBy;
    @Version
    public long version;
}
