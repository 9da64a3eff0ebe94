package org.goldenthread.gateway.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the OAuth 2.0 token endpoint (RFC 6749). */
public final class TokenViews {
    private TokenViews() {
    }

    @Schema(name = "TokenResponse", description = "An access token (RFC 6749 §5.1). Send it as `Authorization: Bearer <access_token>`.")
    public record TokenResponse(
            @JsonProperty("access_token") @Schema(example = "eyJraWQiOiJndC0yMDI2MTEyNVQwOTAwMDAtYWJjZGVmIiwidHlwIjoiYXQrand0IiwiYWxnIjoiUlMyNTYifQ...")
            String accessToken,
            @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds until it expires", example = "900") long expiresIn) {
    }

    @Schema(name = "TokenError", description = "A refused token request (RFC 6749 §5.2).")
    public record TokenError(
            @Schema(example = "invalid_client", enumeration = {"invalid_request", "invalid_client", "invalid_grant",
                    "unauthorized_client", "unsupported_grant_type", "invalid_scope"}) String error,
            @JsonProperty("error_description") @Schema(example = "the client id or secret is wrong") String errorDescription) {
    }

    @Schema(name = "TokenRequest", description = "application/x-www-form-urlencoded fields of a token request.")
    public record TokenForm(
            @JsonProperty("grant_type") @Schema(example = "client_credentials", enumeration = {"client_credentials", "password"},
                    required = true) String grantType,
            @JsonProperty("client_id") @Schema(description = "With client_secret, instead of HTTP Basic", example = "0193a2f2-1111-7222-8333-444455556666")
            String clientId,
            @JsonProperty("client_secret") @Schema(example = "gts_Qm9vay1sb3ZlcnMtYXJlLXdvbmRlcmZ1bC1wZW9wbGU") String clientSecret,
            @Schema(description = "password grant only (built-in issuer)", example = "ceo@glf-schools.demo") String username,
            @Schema(description = "password grant only (built-in issuer)", example = "demo-golden-thread") String password,
            @Schema(description = "Accepted and ignored: a token carries the client's registered roles") String scope) {
    }
}
