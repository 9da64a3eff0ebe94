package org.goldenthread.gateway.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.gateway.domain.School;
import org.goldenthread.gateway.domain.SchoolPhase;

import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/schools}. */
public final class SchoolViews {
    private SchoolViews() {
    }

    @Schema(name = "SchoolRequest", description = "A school's details as GIAS lists them. The trust comes from the path.")
    public record SchoolRequest(
            @Schema(description = "The DfE unique reference number", example = "139944", required = true)
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit URN") String urn,
            @Schema(example = "Frogmore Junior School", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(example = "PRIMARY", required = true) @NotNull SchoolPhase phase,
            @Schema(example = "Hampshire") @Size(max = 100) String localAuthority,
            @Schema(description = "Youngest statutory age", example = "7") @Min(0) @Max(25) Integer statutoryLowAge,
            @Schema(description = "Oldest statutory age", example = "11") @Min(0) @Max(25) Integer statutoryHighAge) {
    }

    @Schema(name = "School", description = "A school of a trust. `id` is the schoolId every service uses.")
    public record SchoolView(
            @Schema(example = "0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55") UUID id,
            @Schema(example = "0193a2f0-6c1e-7b3a-9a4e-2f6d8c1b5e01") UUID trustId,
            @Schema(example = "139944") String urn,
            @Schema(example = "Frogmore Junior School") String name,
            @Schema(example = "PRIMARY") SchoolPhase phase,
            @Schema(example = "Hampshire") String localAuthority,
            @Schema(example = "7") Integer statutoryLowAge,
            @Schema(example = "11") Integer statutoryHighAge,
            @Schema(example = "2026-09-01T08:00:00Z") Instant createdAt,
            @Schema(example = "2026-09-01T08:00:00Z") Instant updatedAt) {

        public static SchoolView of(School school) {
            return new SchoolView(school.id, school.trustId, school.urn, school.name, school.phase,
                    school.localAuthority, school.statutoryLowAge, school.statutoryHighAge, school.createdAt,
                    school.updatedAt);
        }
    }
}
