package org.goldenthread.monitoring.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A custom self-evaluation framework: core elements numbered in order, standards lettered A, B, C … in order. */
@Schema(name = "FrameworkRequest", description = "A custom framework. Core elements are numbered 1, 2, … and standards lettered A, B, … in the order given.")
public record FrameworkRequest(
        @NotBlank @Size(max = 200)
        @Schema(example = "GLF Schools reading self-review", required = true, maxLength = 200) String title,
        @Size(max = 4000)
        @Schema(example = "The trust's framework for reviewing early reading, used each spring.", maxLength = 4000) String description,
        @Schema(description = "For one school only; absent for the whole trust (trust leaders only)",
                example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @NotEmpty @Size(max = 20)
        @Schema(required = true) List<@NotNull @Valid CoreElementRequest> coreElements) {

    @Schema(name = "CoreElementRequest", description = "A core element and its quality standards.")
    public record CoreElementRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Early reading and phonics", required = true, maxLength = 300) String title,
            @Size(max = 20) @Schema(description = "Questions to support discussion", example = "[\"Do all pupils read books matched to their phonics knowledge?\"]")
            List<@NotBlank @Size(max = 1000) String> questions,
            @NotEmpty @Size(max = 26) @Schema(required = true) List<@NotNull @Valid StandardRequest> standards) {
    }

    @Schema(name = "StandardRequest", description = "A quality standard and what it looks like in practice.")
    public record StandardRequest(
            @NotBlank @Size(max = 1000)
            @Schema(example = "Phonics teaching follows one validated programme with fidelity", required = true, maxLength = 1000) String title,
            @Size(max = 4000)
            @Schema(example = "All staff are trained; lessons follow the programme's sequence; pupils who fall behind get daily keep-up sessions.",
                    maxLength = 4000) String description) {
    }
}
