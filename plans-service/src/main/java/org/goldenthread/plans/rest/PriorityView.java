package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.domain.PriorityArea;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Priority", description = "A numbered priority of a plan")
public record PriorityView(
        UUID id, UUID planId, UUID schoolId,
        @Schema(example = "2") String number,
        @Schema(example = "Raise attainment in writing, especially for disadvantaged pupils") String title,
        PriorityArea area,
        @Schema(description = "The area as shown: the framework's name or the school's own", example = "Quality of education") String areaLabel,
        String rationale,
        @Schema(description = "The layer-1 priority this one supports, e.g. 2 → 1") Supports supports,
        List<String> addressesKeyIssues,
        String lead,
        String updatedBy, OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {

    @Schema(name = "SupportedPriority", description = "A cross-reference to the parent plan's priority")
    public record Supports(UUID priorityId, UUID planId, @Schema(example = "1") String number, String title) {
    }

    public static PriorityView of(Priority p, Priority parent) {
        return new PriorityView(p.id, p.planId, p.schoolId, p.number, p.title, p.area, p.areaLabel(), p.rationale,
                parent == null ? null : new Supports(parent.id, parent.planId, parent.number, parent.title),
                p.addressesKeyIssues, p.lead, p.updatedBy, p.updatedAt, p.version);
    }
}
