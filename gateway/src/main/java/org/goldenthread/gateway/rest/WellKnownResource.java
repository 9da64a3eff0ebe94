package org.goldenthread.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.identity.SigningKeys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's public keys (the services verify the internal token with them; clients may verify
 * access tokens) and its OAuth/OIDC discovery documents.
 */
@Path("/.well-known")
@Tag(name = "OAuth 2.0")
@SecurityRequirements
@PermitAll
public class WellKnownResource {
    @Inject
    SigningKeys keys;
    @Inject
    GatewayConfig config;

    @GET
    @Path("/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The gateway's public signing keys (JWKS)",
            description = "The active key, the previous one and any key about to sign. Keys rotate by `kid`: a new key is "
                    + "listed here before it signs anything.")
    @APIResponse(responseCode = "200", description = "JSON Web Key Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    example = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"gt-20261125T090000-a1b2c3\",\"n\":\"0vx7...\",\"e\":\"AQAB\"}]}")))
    public Response jwks() {
        return Response.ok(keys.jwks()).header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
    }

    @GET
    @Path("/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Provider metadata of the gateway's issuer")
    @APIResponse(responseCode = "200", description = "Discovery document (OpenID Connect Discovery 1.0)")
    public Map<String, Object> openidConfiguration() {
        return metadata();
    }

    @GET
    @Path("/oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 authorization server metadata (RFC 8414)")
    @APIResponse(responseCode = "200", description = "Discovery document")
    public Map<String, Object> authorizationServer() {
        return metadata();
    }

    private Map<String, Object> metadata() {
        String issuer = config.accessToken().issuer();
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("token_endpoint", base + "/oauth/token");
        doc.put("jwks_uri", base + "/.well-known/jwks.json");
        doc.put("grant_types_supported", config.builtInIssuer().enabled()
                ? List.of("client_credentials", "password") : List.of("client_credentials"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        doc.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "jti", "client_id", "roles", "trust_id", "gt_kind"));
        return doc;
    }
}
