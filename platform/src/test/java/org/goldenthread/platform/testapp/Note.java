package org.goldenthread.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.UUID;

/** A school's note: the smallest thing with a tenant, a version and events. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public String title;
    @Enumerated(EnumType.STRING)
    public Term term;
    public int pupils;
    @Version
    public long version;
}
