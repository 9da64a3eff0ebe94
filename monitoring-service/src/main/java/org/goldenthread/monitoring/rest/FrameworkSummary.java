package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.Framework;

import java.util.List;
import java.util.UUID;

/** A framework in a list: what it is and how big. */
@Schema(name = "FrameworkSummary", description = "A framework in the catalogue.")
public record FrameworkSummary(
        @Schema(example = "d0c5f010-2010-4000-8000-000000000001") UUID id,
        @Schema(example = "Primary self-evaluation and improvement toolkit (2010)") String title,
        @Schema(example = "true") boolean builtIn,
        UUID schoolId,
        @Schema(description = "Core elements, in order") List<String> coreElements,
        @Schema(example = "32") int standardCount,
        @Schema(example = "0") long version) {

    public static FrameworkSummary of(Framework f) {
        return new FrameworkSummary(f.id, f.title, f.builtIn, f.schoolId,
                f.coreElements.stream().map(e -> e.number + ". " + e.title).toList(),
                f.coreElements.stream().mapToInt(e -> e.standards.size()).sum(), f.version);
    }
}
