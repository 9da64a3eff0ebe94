package org.goldenthread.plans.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApprovalRequest", description = "A note recorded with the approval, e.g. the governors' part in it")
public record ApprovalRequest(
        @Size(max = 2000) @Schema(example = "Approved by the full governing body on 15 September 2026") String note) {
}
