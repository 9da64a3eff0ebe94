package org.goldenthread.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A school of a trust, known to the DfE by its URN; its id is the {@code schoolId} every service uses. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public String urn;
    public String name;
    @Enumerated(EnumType.STRING)
    public SchoolPhase phase;
    public String localAuthority;
    public Integer statutoryLowAge;
    public Integer statutoryHighAge;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    @Version
    public long version;
}
