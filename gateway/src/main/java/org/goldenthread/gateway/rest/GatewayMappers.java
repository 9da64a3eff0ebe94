package org.goldenthread.gateway.rest;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.goldenthread.gateway.identity.InvalidCredentials;
import org.goldenthread.gateway.rest.TokenViews.TokenError;
import org.goldenthread.gateway.service.OAuthError;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/** The gateway's own error answers: RFC 6749 errors at the token endpoint, refused tokens, rate limits. */
public class GatewayMappers {
    static final String BEARER_CHALLENGE = "Bearer realm=\"golden-thread\"";

    @ServerExceptionMapper
    public Response oauth(OAuthError e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new TokenError(e.error(), e.getMessage()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache");
        if (e.basicChallenge()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"golden-thread\"");
        }
        return response.build();
    }

    /**
     * A token was presented and refused: say why (expired, issuer, audience, revoked ...). Ranks
     * before the platform's generic mapper of the same exception.
     */
    @ServerExceptionMapper(priority = 0)
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        String detail = e.getCause() instanceof InvalidCredentials refused ? refused.getMessage()
                : "a valid bearer token is required";
        Response problem = Problems.response(request, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail, List.of());
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE + ", error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e, ContainerRequestContext request) {
        Response problem = Problems.response(request, 429, ProblemTypes.RATE_LIMITED, "Too many requests", e.getMessage(), List.of());
        return Response.fromResponse(problem).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    /** Every 401 tells the caller how to authenticate (RFC 6750 §3). */
    @ServerResponseFilter
    public void challenge(ContainerResponseContext response) {
        if (response.getStatus() == 401 && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
    }
}
