package org.goldenthread.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.gateway.domain.ApiClient;
import org.goldenthread.gateway.domain.ClientRole;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/clients}. */
public final class ClientViews {
    private ClientViews() {
    }

    @Schema(name = "ClientRateLimit", description = "The client's own token bucket, when it should differ from the gateway's default.")
    public record RateLimitBody(
            @Schema(description = "Sustained requests per second", example = "20", required = true)
            @NotNull @Min(1) @Max(10_000) Integer requestsPerSecond,
            @Schema(description = "Requests the client may send at once", example = "40", required = true)
            @NotNull @Min(1) @Max(100_000) Integer burst) {
    }

    @Schema(name = "ClientRequest", description = "An API client of the trust: an MIS integration for some schools, or trust analytics.")
    public record ClientRequest(
            @Schema(example = "Arbor MIS sync", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(description = "MIS_INTEGRATION (pupils, assessments, imports for its schools) or ANALYTICS (events of the trust)",
                    example = "[\"MIS_INTEGRATION\"]", required = true)
            @NotEmpty Set<@NotNull ClientRole> roles,
            @Schema(description = "Schools an MIS integration may write to; empty for ANALYTICS",
                    example = "[\"0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55\"]")
            List<@NotNull UUID> schoolIds,
            @Valid RateLimitBody rateLimit) {
    }

    @Schema(name = "Client", description = "An API client. The secret is shown once, when it is made.")
    public record ClientView(
            @Schema(description = "Also the OAuth client_id", example = "0193a2f2-1111-7222-8333-444455556666") UUID id,
            @Schema(example = "0193a2f0-6c1e-7b3a-9a4e-2f6d8c1b5e01") UUID trustId,
            @Schema(example = "Arbor MIS sync") String name,
            @Schema(example = "[\"MIS_INTEGRATION\"]") Set<String> roles,
            @Schema(example = "[\"0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55\"]") Set<UUID> schoolIds,
            @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "REVOKED"}) String status,
            RateLimitBody rateLimit,
            @Schema(example = "2026-09-01T08:00:00Z") Instant secretRotatedAt,
            @Schema(example = "2026-09-01T08:00:00Z") Instant createdAt,
            @Schema(example = "ceo@glf-schools.demo") String createdBy,
            @Schema(example = "2026-09-01T08:00:00Z") Instant updatedAt,
            Instant revokedAt,
            String revokedBy) {

        public static ClientView of(ApiClient client) {
            return new ClientView(client.id, client.trustId, client.name, Set.copyOf(client.roles),
                    Set.copyOf(client.schoolIds), client.revoked() ? "REVOKED" : "ACTIVE",
                    client.rateLimitPerSecond == null ? null : new RateLimitBody(client.rateLimitPerSecond, client.rateLimitBurst),
                    client.secretRotatedAt, client.createdAt, client.createdBy, client.updatedAt, client.revokedAt,
                    client.revokedBy);
        }
    }

    @Schema(name = "ClientCredentials", description = "A client's id and secret. The secret is shown only here, once: keep it safe.")
    public record ClientCredentialsView(
            @Schema(example = "0193a2f2-1111-7222-8333-444455556666") String clientId,
            @Schema(example = "gts_Qm9vay1sb3ZlcnMtYXJlLXdvbmRlcmZ1bC1wZW9wbGU") String clientSecret,
            @Schema(description = "Where to exchange them for an access token", example = "/oauth/token") String tokenEndpoint,
            ClientView client) {
    }
}
