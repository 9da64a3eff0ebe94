package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit record a deleted evidence item leaves: what it was, its sha-256, who deleted it and when. */
@Entity
public class EvidenceDeletion extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID evidenceId;
    public UUID activityId;
    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;
    public String title;
    public String filename;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public boolean confidential;
    public String uploadedBy;
    public OffsetDateTime uploadedAt;
    public String deletedBy;
    public OffsetDateTime deletedAt;
    public String reason;
}
