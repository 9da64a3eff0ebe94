package org.goldenthread.gateway.rest;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.edge.RateLimiter;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.identity.GatewayAuthMechanism;
import org.goldenthread.platform.problem.ProblemException;

/** The authenticated caller of a registry endpoint, admitted past the rate limit. */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityIdentity identity;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    GatewayConfig config;

    private Caller admitted;

    /** The caller, once per request counted against their rate limit. */
    public Caller get() {
        if (admitted != null) {
            return admitted;
        }
        Caller caller = identity.getAttribute(GatewayAuthMechanism.CALLER_ATTRIBUTE);
        if (caller == null) {
            throw new UnauthorizedException();
        }
        if (!caller.platformAdmin() && !caller.hasTenant()) {
            throw ProblemException.forbidden("the token carries no trust or no roles this API knows");
        }
        Caller.RateLimit limit = caller.rateLimit();
        long wait = limit == null
                ? rateLimiter.acquire(caller.principalId(), config.rateLimit().requestsPerSecond(), config.rateLimit().burst())
                : rateLimiter.acquire(caller.principalId(), limit.requestsPerSecond(), limit.burst());
        if (wait > 0) {
            throw new RateLimited(wait, "too many requests from this caller; try again in " + wait + " s");
        }
        admitted = caller;
        return caller;
    }
}
