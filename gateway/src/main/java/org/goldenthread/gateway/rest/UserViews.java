package org.goldenthread.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.gateway.domain.UserAccount;
import org.goldenthread.gateway.domain.UserRole;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/trusts/{trustId}/users}. */
public final class UserViews {
    private UserViews() {
    }

    @Schema(name = "NewUserRequest", description = "A person who signs in with the built-in issuer.")
    public record NewUserRequest(
            @Schema(description = "Sign-in name, usually an email address (stored in lower case)",
                    example = "head@frogmore-junior.demo", required = true)
            @NotBlank @Size(max = 254) String username,
            @Schema(example = "Mrs A. Patel", required = true) @NotBlank @Size(max = 200) String displayName,
            @Schema(description = "10 to 72 characters; stored only as a bcrypt hash", example = "correct-horse-battery",
                    required = true)
            @NotNull String password,
            @Schema(example = "[\"SCHOOL_LEADER\"]", required = true) @NotEmpty Set<@NotNull UserRole> roles,
            @Schema(description = "The schools the person works in (not needed for TRUST_LEADER)",
                    example = "[\"0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55\"]")
            List<@NotNull UUID> schoolIds) {
    }

    @Schema(name = "UserUpdateRequest", description = "What can change about a user. Leave password out to keep it.")
    public record UserUpdateRequest(
            @Schema(example = "Mrs A. Patel", required = true) @NotBlank @Size(max = 200) String displayName,
            @Schema(example = "[\"SCHOOL_LEADER\"]", required = true) @NotEmpty Set<@NotNull UserRole> roles,
            @Schema(example = "[\"0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55\"]") List<@NotNull UUID> schoolIds,
            @Schema(description = "false stops the person signing in, at once", example = "true", required = true)
            @NotNull Boolean enabled,
            @Schema(description = "A new password (10 to 72 characters)", example = "another-long-password") String password) {
    }

    @Schema(name = "User", description = "A person who signs in with the built-in issuer. The password is never shown.")
    public record UserView(
            @Schema(example = "0193a2f1-0a0b-7c0d-8e0f-101112131415") UUID id,
            @Schema(example = "0193a2f0-6c1e-7b3a-9a4e-2f6d8c1b5e01") UUID trustId,
            @Schema(example = "head@frogmore-junior.demo") String username,
            @Schema(example = "Mrs A. Patel") String displayName,
            @Schema(example = "[\"SCHOOL_LEADER\"]") Set<String> roles,
            @Schema(example = "[\"0193a2f0-7d2a-7c11-8f00-4b1e2d3c4a55\"]") Set<UUID> schoolIds,
            @Schema(example = "true") boolean enabled,
            @Schema(example = "2026-09-01T08:00:00Z") Instant createdAt,
            @Schema(example = "admin:platform-admin") String createdBy,
            @Schema(example = "2026-09-01T08:00:00Z") Instant updatedAt) {

        public static UserView of(UserAccount user) {
            return new UserView(user.id, user.trustId, user.username, user.displayName, Set.copyOf(user.roles),
                    Set.copyOf(user.schoolIds), user.enabled, user.createdAt, user.createdBy, user.updatedAt);
        }
    }
}
