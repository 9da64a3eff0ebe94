package org.goldenthread.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.edge.RateLimiter;
import org.goldenthread.gateway.identity.AccessTokens;
import org.goldenthread.gateway.rest.TokenViews.TokenError;
import org.goldenthread.gateway.rest.TokenViews.TokenForm;
import org.goldenthread.gateway.rest.TokenViews.TokenResponse;
import org.goldenthread.gateway.service.OAuthError;
import org.goldenthread.gateway.service.TokenService;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The OAuth 2.0 token endpoint: client credentials for API clients, password for built-in users. */
@Path("/oauth/token")
@Tag(name = "OAuth 2.0", description = "Access tokens for API clients (client credentials) and, with the built-in issuer, its users")
@SecurityRequirements
@PermitAll
public class TokenResource {
    @Inject
    TokenService tokens;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    GatewayConfig config;

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token",
            description = "`grant_type=client_credentials` with the client's id and secret in HTTP Basic (preferred) or as "
                    + "`client_id`/`client_secret` fields. With the built-in issuer switched on (the embedded default), "
                    + "`grant_type=password` with `username` and `password` signs in one of its users: a development and "
                    + "demo convenience. Tokens live 15 minutes; there are no refresh tokens, ask again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = TokenForm.class)))
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, invalid_grant or unsupported_grant_type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown or revoked client, or wrong secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "429", description = "Too many token requests for this client or user; see Retry-After",
            content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(
            @Parameter(description = "HTTP Basic with the client id and secret", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("username") String username,
            @FormParam("password") String password) {
        if (grantType == null || grantType.isBlank()) {
            throw OAuthError.invalidRequest("grant_type is missing");
        }
        AccessTokens.Issued issued = switch (grantType) {
            case "client_credentials" -> clientCredentials(authorization, clientId, clientSecret);
            case "password" -> password(username, password);
            default -> throw OAuthError.unsupportedGrantType("grant_type must be client_credentials"
                    + (config.builtInIssuer().enabled() ? " or password" : ""));
        };
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    /** Any other content type: the token endpoint speaks only form fields (RFC 6749 §4.4.2). */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response wrongContentType() {
        throw OAuthError.invalidRequest("send the token request as application/x-www-form-urlencoded");
    }

    private AccessTokens.Issued clientCredentials(String authorization, String formId, String formSecret) {
        String id = formId;
        String secret = formSecret;
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic) {
            if (formId != null || formSecret != null) {
                throw OAuthError.invalidRequest("send the client's credentials one way: HTTP Basic or form fields, not both");
            }
            String[] pair = decodeBasic(authorization.substring(6).trim());
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || id.isBlank() || secret == null || secret.isEmpty()) {
            throw OAuthError.invalidClient("client authentication is missing: send the client id and secret", basic);
        }
        throttle("client:" + id);
        return tokens.clientCredentials(id, secret, basic);
    }

    private AccessTokens.Issued password(String username, String password) {
        if (!config.builtInIssuer().enabled()) {
            throw OAuthError.unsupportedGrantType("the password grant is only offered by the built-in issuer, which is switched off");
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw OAuthError.invalidRequest("the password grant needs username and password");
        }
        throttle("user:" + username.trim().toLowerCase(Locale.ROOT));
        return tokens.password(username, password);
    }

    private void throttle(String who) {
        long wait = rateLimiter.acquire("token:" + who, config.rateLimit().tokenRequestsPerSecond(),
                config.rateLimit().tokenBurst());
        if (wait > 0) {
            throw new RateLimited(wait, "too many token requests for this client or user; try again in " + wait + " s");
        }
    }

    /** RFC 6749 §2.3.1: the id and secret are form-encoded, then joined with a colon and base64-encoded. */
    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("the Basic credentials must be client_id:client_secret", true);
            }
            return new String[]{URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("the Basic credentials are not valid base64", true);
        }
    }
}
