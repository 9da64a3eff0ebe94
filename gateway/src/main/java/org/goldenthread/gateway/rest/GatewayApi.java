package org.goldenthread.gateway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.Components;

/**
 * The API as callers see it through the gateway: one bearer token (from {@code /oauth/token} or a
 * configured OIDC issuer) for every path.
 */
@OpenAPIDefinition(
        info = @Info(title = "Golden Thread gateway", version = "1.0",
                description = "The organisation registry (trusts, schools, users, API clients) and the OAuth 2.0 token endpoint."),
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = GatewayApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "JWT",
                        description = "An access token from /oauth/token, or a user token from a configured OIDC issuer"),
                @SecurityScheme(securitySchemeName = GatewayApi.OAUTH2, type = SecuritySchemeType.OAUTH2,
                        description = "Client credentials for MIS and analytics clients; password for the built-in issuer's users (demo)",
                        flows = @OAuthFlows(
                                clientCredentials = @OAuthFlow(tokenUrl = "/oauth/token"),
                                password = @OAuthFlow(tokenUrl = "/oauth/token")))
        }),
        security = {@SecurityRequirement(name = GatewayApi.BEARER), @SecurityRequirement(name = GatewayApi.OAUTH2)})
public class GatewayApi extends Application {
    public static final String BEARER = "bearer";
    public static final String OAUTH2 = "oauth2";
}
