package org.goldenthread.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.outbox.EventLog;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.Tenant;

import java.net.URI;
import java.util.UUID;
import java.util.function.UnaryOperator;

@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"SCHOOL_LEADER", "TEACHER", "TRUST_LEADER", "ANALYTICS"})
public class NoteResource {
    @Inject
    Tenant tenant;
    @Inject
    NoteService notes;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    EventLog eventLog;
    @Context
    UriInfo uri;

    @POST
    public Response create(@Valid @NotNull NoteRequest request, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        tenant.requireSchool(request.schoolId());
        return idempotency.run(tenant.subject(), key, request, () -> {
            Note note = notes.create(tenant.scope(), request);
            return Response.created(URI.create("/api/v1/notes/" + note.id)).tag(ETags.of(note.version).replace("\"", ""))
                    .entity(NoteView.of(note)).build();
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Note note = notes.find(tenant.scope(), id);
        return Response.ok(NoteView.of(note)).header("ETag", ETags.of(note.version)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull NoteRequest request) {
        Note note = notes.update(tenant.scope(), id, ifMatch, request);
        return Response.ok(NoteView.of(note)).header("ETag", ETags.of(note.version + 1)).build();
    }

    @GET
    @Path("count")
    public long count(@QueryParam("term") Term term, @QueryParam("schoolId") UUID schoolId) {
        return Note.count("trustId = ?1 and (?2 is null or term = ?2) and (?3 is null or schoolId = ?3)",
                tenant.trustId(), term, schoolId);
    }

    @GET
    @Path("events")
    public Page<CloudEvent> events(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return eventLog.page(tenant.scope(), PageRequest.of(limit, after), null, uri, UnaryOperator.identity());
    }
}
