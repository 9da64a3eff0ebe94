package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A piece of evidence: a work sample, notes, pupil voice, a document. The metadata lives here; the
 * content is kept in the database or a directory (see {@link EvidenceStorage}), checked by sha-256.
 */
@Entity
public class EvidenceItem extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID activityId;
    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;
    public String title;
    public String description;
    public String filename;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    @Enumerated(EnumType.STRING)
    public EvidenceStorage storage;
    public boolean confidential;
    public String uploadedBy;
    public OffsetDateTime uploadedAt;
    @Version
    public long version;
}
