package org.goldenthread.platform.testapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

public record NoteRequest(
        @NotNull UUID schoolId,
        @NotBlank @Size(max = 200) String title,
        @NotNull Term term,
        @Min(0) @Max(1000) int pupils,
        List<@NotBlank String> tags) {
}
