package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Marks a planned activity as done. */
@Schema(name = "CompleteActivityRequest", description = "Marks a planned activity as done; its non-confidential findings are then published.")
public record CompleteActivityRequest(
        @NotNull
        @Schema(description = "When it took place; within the activity's academic year", example = "2027-01-21", required = true)
        LocalDate completedOn,
        @Size(max = 4000)
        @Schema(description = "A short summary, visible to everyone who sees the calendar (put anything confidential in a confidential finding)",
                example = "Books from every class sampled; findings shared at the staff meeting on 26 January.", maxLength = 4000)
        String summary) {
}
