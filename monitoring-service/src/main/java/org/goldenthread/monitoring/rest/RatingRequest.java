package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A standard's rating with the toolkit's two notes columns. */
@Schema(name = "RatingRequest", description = "A rating of one quality standard on the 1-4 scale (absent: not rated yet), with evidence and action notes.")
public record RatingRequest(
        @Min(1) @Max(4)
        @Schema(example = "2", minimum = "1", maximum = "4") Integer rating,
        @Size(max = 4000)
        @Schema(description = "What is the evidence for the school's judgement, including staff and community perceptions?",
                example = "Termly pupil progress meetings for every class since September; tracking shows Year 4 disadvantaged pupils catching up in reading.",
                maxLength = 4000) String evidenceNotes,
        @Size(max = 4000)
        @Schema(description = "What specific actions are required? Who is responsible? When?",
                example = "Embed progress meetings in Reception (EYFS lead, by February half-term).", maxLength = 4000) String actionNotes) {
}
