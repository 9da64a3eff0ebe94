package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Takes a planned activity off the calendar, saying why. */
@Schema(name = "CancelActivityRequest", description = "Cancels a planned activity; the reason stays on the calendar.")
public record CancelActivityRequest(
        @NotBlank @Size(max = 1000)
        @Schema(example = "Moved to the summer term after the Ofsted visit", required = true, maxLength = 1000)
        String reason) {
}
