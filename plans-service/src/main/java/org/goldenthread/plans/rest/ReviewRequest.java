package org.goldenthread.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Rag;
import org.goldenthread.plans.domain.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ReviewRequest", description = "A plan–do–review entry: commentary on progress, evaluation and impact, with a RAG per priority and per action")
public record ReviewRequest(
        @NotNull @Schema(example = "2026-12-11") LocalDate reviewedOn,
        @Schema(example = "AUTUMN") Term term,
        @NotBlank @Size(max = 300) @Schema(example = "Autumn term review") String title,
        @Size(max = 8000) @Schema(description = "Progress: what has been done", example = "All Year 4 classes run weekly modelled writing; CPD delivered") String progress,
        @Size(max = 8000) @Schema(description = "Evaluation: how well it is working", example = "Books show more editing; feedback is acted on in most books") String evaluation,
        @Size(max = 8000) @Schema(description = "Impact on pupils", example = "Autumn results: 61% of disadvantaged Year 4 pupils at expected (up from 52%)") String impact,
        @Size(max = 8000) @Schema(example = "Extend the approach to Year 3 in spring") String nextSteps,
        @Schema(example = "AMBER") Rag overallRag,
        @Valid @Size(max = 200) List<@NotNull RatingBody> ratings) {

    @Schema(name = "ReviewRatingRequest", description = "A RAG for one priority or one action (give exactly one of the two ids)")
    public record RatingBody(
            UUID priorityId,
            UUID actionId,
            @NotNull @Schema(example = "GREEN") Rag rag,
            @Size(max = 2000) @Schema(example = "On track: all CPD delivered") String commentary) {
    }
}
