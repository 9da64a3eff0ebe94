package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.FieldChange;
import org.goldenthread.plans.domain.PlanChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "PlanChange", description = "One entry of a plan's history: which item changed, how, who and when, and each field before and after")
public record PlanChangeView(
        UUID id,
        @Schema(example = "ACTION") String itemType,
        UUID itemId,
        @Schema(example = "1.2") String itemNumber,
        String itemTitle,
        @Schema(description = "CREATED, UPDATED, DELETED, RENUMBERED or STATUS_CHANGED", example = "UPDATED") String kind,
        @Schema(example = "Changed action 1.2 \"Weekly modelled writing\": dueDate, lead") String summary,
        List<FieldChange> changes,
        @Schema(description = "A user id, or system for an evaluation from events") String changedBy,
        OffsetDateTime changedAt) {

    public static PlanChangeView of(PlanChange c) {
        return new PlanChangeView(c.id, c.itemType, c.itemId, c.itemNumber, c.itemTitle, c.kind, c.summary, c.changes,
                c.changedBy, c.changedAt);
    }
}
