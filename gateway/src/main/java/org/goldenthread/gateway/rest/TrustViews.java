package org.goldenthread.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.gateway.domain.Trust;

import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/trusts}. */
public final class TrustViews {
    private TrustViews() {
    }

    @Schema(name = "TrustRequest", description = "A trust's details. The id, audit fields and version are the gateway's own.")
    public record TrustRequest(
            @Schema(description = "The trust's name", example = "GLF Schools", required = true)
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Companies House number of the academy trust (8 characters)", example = "07551019")
            @Pattern(regexp = "[0-9A-Z]{8}", message = "must be 8 digits or capital letters") String companiesHouseNumber) {
    }

    @Schema(name = "Trust", description = "A multi-academy trust: the tenant every school, plan and pupil belongs to.")
    public record TrustView(
            @Schema(example = "0193a2f0-6c1e-7b3a-9a4e-2f6d8c1b5e01") UUID id,
            @Schema(example = "GLF Schools") String name,
            @Schema(example = "07551019") String companiesHouseNumber,
            @Schema(example = "2026-09-01T08:00:00Z") Instant createdAt,
            @Schema(example = "admin:platform-admin") String createdBy,
            @Schema(example = "2026-09-01T08:00:00Z") Instant updatedAt) {

        public static TrustView of(Trust trust) {
            return new TrustView(trust.id, trust.name, trust.companiesHouseNumber, trust.createdAt, trust.createdBy,
                    trust.updatedAt);
        }
    }
}
