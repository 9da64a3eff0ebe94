package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The records of the plan quality check. */
public final class QualityViews {
    private QualityViews() {
    }

    @Schema(name = "QualityFault", description = "An item that fails a check, and what is missing")
    public record Fault(@Schema(example = "ACTION") String itemType, UUID itemId, @Schema(example = "1.2") String number,
                        @Schema(example = "Purchase textbooks for Year 11") String title,
                        @Schema(example = "has no lead") String problem) {
    }

    @Schema(name = "QualityCheck", description = "One feature of an effective plan, passing or failing with the items at fault")
    public record Check(@Schema(example = "ACTION_HAS_LEAD") String code,
                        @Schema(example = "Every action has a lead") String title,
                        @Schema(description = "Where the guidance comes from", example = "NCETM: who will lead or manage it?") String guidance,
                        @Schema(description = "false when the check does not apply to this plan (it then passes)") boolean applies,
                        boolean passed, List<Fault> faults) {
    }

    @Schema(name = "QualityReport", description = "The plan checked against the features of an effective plan in the NCETM and Oxfordshire guidance")
    public record Report(UUID planId, @Schema(description = "true when every check passes") boolean passed,
                         @Schema(example = "2") int failedChecks, List<Check> checks) {
    }
}
