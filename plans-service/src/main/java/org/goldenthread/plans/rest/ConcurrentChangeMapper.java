package org.goldenthread.plans.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.problem.Problems;
import org.goldenthread.platform.problem.ProblemTypes;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Two edits of the same item at the same moment, both with the current ETag: the database lets
 * one through and the version check stops the other. That one gets the same 412 as a stale If-Match.
 */
public class ConcurrentChangeMapper {
    private static final String DETAIL = "someone changed this item at the same moment; read it again and re-apply your change";

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, ContainerRequestContext request) {
        return Problems.response(request, 412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", DETAIL, List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return Problems.response(request, 412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", DETAIL, List.of());
    }
}
