package org.goldenthread.plans.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What every plan row has: its id, its tenant (trust, and school unless it is a trust plan's),
 * who made and last changed it, and a version for optimistic concurrency (the ETag). It also says
 * how it reads in the plan's history.
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public String createdBy;
    public OffsetDateTime createdAt;
    public String updatedBy;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** PLAN, PRIORITY, OBJECTIVE, ACTION, MILESTONE or REVIEW. */
    public abstract String itemType();

    /** The item's number in the plan ("1.2"), or null when it has none. */
    public abstract String itemNumber();

    public abstract String itemTitle();

    /** The plan the item belongs to. */
    public abstract UUID planId();

    /** The fields a person edits, as the history shows them (order kept). */
    public abstract Map<String, Object> historyState();

    protected static Map<String, Object> state(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof Enum<?> e ? e.name()
                    : value instanceof UUID || value instanceof java.time.temporal.Temporal ? value.toString()
                    : value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : value);
        }
        return map;
    }

    protected static Map<String, Object> measureState(Measure m) {
        if (m == null || m.isEmpty()) {
            return null;
        }
        Map<String, Object> map = state("type", m.measureType, "subject", m.subject, "yearGroups", m.yearGroups,
                "pupilGroup", m.pupilGroup, "metric", m.metric, "comparator", m.comparator, "target", m.target,
                "activityType", m.activityType, "focusTag", m.focusTag, "judgementThreshold", m.judgementThreshold);
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }
}
