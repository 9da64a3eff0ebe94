package org.goldenthread.monitoring.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone taking part in a monitoring activity: staff, governors, an adviser. Never pupils by name. */
@Schema(name = "Participant", description = "Someone taking part in the activity (staff, governors, advisers; never pupils by name).")
public record Participant(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name as the school writes it", example = "Mr Okafor", maxLength = 200) String name,
        @NotBlank @Size(max = 200)
        @Schema(description = "Their part in the activity", example = "Year 4 class teacher", maxLength = 200) String role) {
}
