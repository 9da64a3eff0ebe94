package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.goldenthread.plans.domain.Audited;
import org.goldenthread.plans.domain.FieldChange;
import org.goldenthread.plans.domain.PlanChange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plan's history: every change to the plan or one of its parts is written here in the same
 * transaction as the change — who, when, which item, and each field before and after.
 */
@ApplicationScoped
public class PlanHistory {

    public void created(Audited item, Actor actor) {
        List<FieldChange> changes = new ArrayList<>();
        item.historyState().forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                changes.add(new FieldChange(field, null, value));
            }
        });
        write(item, PlanChange.CREATED, describe("Created", item), changes, actor);
    }

    /** Records what changed since {@code before} (an earlier {@link Audited#historyState()}); nothing when nothing did. */
    public void updated(Audited item, Map<String, Object> before, Actor actor) {
        updated(item, before, PlanChange.UPDATED, actor);
    }

    public void updated(Audited item, Map<String, Object> before, String kind, Actor actor) {
        List<FieldChange> changes = diff(before, item.historyState());
        if (changes.isEmpty()) {
            return;
        }
        String what = switch (kind) {
            case PlanChange.STATUS_CHANGED -> "Status of";
            case PlanChange.RENUMBERED -> "Renumbered";
            default -> "Changed";
        };
        write(item, kind, describe(what, item) + ": " + String.join(", ", changes.stream().map(FieldChange::field).toList()),
                changes, actor);
    }

    public void deleted(Audited item, Actor actor) {
        List<FieldChange> changes = new ArrayList<>();
        item.historyState().forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                changes.add(new FieldChange(field, value, null));
            }
        });
        write(item, PlanChange.DELETED, describe("Deleted", item), changes, actor);
    }

    static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(normalise(old), normalise(e.getValue()))) {
                changes.add(new FieldChange(e.getKey(), old, e.getValue()));
            }
        }
        return changes;
    }

    // Lists of records and maps compare by their JSON form, so equal content is no change.
    private static Object normalise(Object value) {
        return value instanceof List<?> || value instanceof Map<?, ?> ? org.goldenthread.plans.domain.JsonText.write(value) : value;
    }

    private static String describe(String what, Audited item) {
        String kind = item.itemType().toLowerCase();
        String number = item.itemNumber() == null ? "" : " " + item.itemNumber();
        return what + " " + kind + number + " \"" + abbreviate(item.itemTitle()) + "\"";
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    private void write(Audited item, String kind, String summary, List<FieldChange> changes, Actor actor) {
        PlanChange change = new PlanChange();
        change.id = SequentialIds.next();
        change.trustId = item.trustId;
        change.schoolId = item.schoolId;
        change.planId = item.planId();
        change.itemType = item.itemType();
        change.itemId = item.id;
        change.itemNumber = item.itemNumber();
        change.itemTitle = item.itemTitle();
        change.kind = kind;
        change.summary = summary;
        change.changes = changes;
        change.changedBy = actor.id();
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        change.persist();
    }
}
