package org.goldenthread.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A multi-academy trust (or a single school's own trust): the tenant every row of every service belongs to. */
@Entity
@Table(name = "trust")
public class Trust extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String companiesHouseNumber;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    @Version
    public long version;
}
