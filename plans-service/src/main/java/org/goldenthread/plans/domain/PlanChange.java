package org.goldenthread.plans.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One entry of a plan's history: which item changed, how, who changed it and when, before and after. */
@Entity
public class PlanChange extends PanacheEntityBase {
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String RENUMBERED = "RENUMBERED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";

    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID planId;
    public String itemType;
    public UUID itemId;
    public String itemNumber;
    public String itemTitle;
    public String kind;
    public String summary;
    @Convert(converter = Converters.FieldChanges.class)
    public List<FieldChange> changes = List.of();
    public String changedBy;
    public OffsetDateTime changedAt;
}
