package org.goldenthread.monitoring.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.monitoring.service.SelfEvaluationService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.Tenant;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Schools' self-evaluations: ratings of 1-4 per quality standard, with notes, history and summaries. */
@Path("/api/v1/self-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR"})
@Tag(name = "Self-evaluations", description = "A school's self-evaluation for an academic year against a framework: each quality standard rated "
        + "1-4 with notes to support self-evaluation (evidence) and action planning, every change kept, summarised per core element.")
public class SelfEvaluationResource {
    @Inject
    Tenant tenant;
    @Inject
    SelfEvaluationService evaluations;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER"})
    @Operation(summary = "Start a self-evaluation",
            description = "For a school and academic year against a framework (the built-in toolkit or one the school may use); every "
                    + "standard starts unrated. Send Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Started", headers = {
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The new self-evaluation", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SelfEvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the framework is not one the school can use")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    @APIResponse(responseCode = "409", description = "The school already has one for that year and framework")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response start(@Valid @NotNull SelfEvaluationRequest request,
                          @Parameter(description = "Makes a retry safe") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), idempotencyKey, List.of("POST /self-evaluations", request), () -> {
            SelfEvaluationView s = evaluations.start(request);
            return Response.created(URI.create("/api/v1/self-evaluations/" + s.id())).header(HttpHeaders.ETAG, ETags.of(s.version()))
                    .entity(s).build();
        });
    }

    @GET
    @Operation(summary = "List self-evaluations", description = "Self-evaluations of the schools you can see, with their overall figures.")
    @APIResponse(responseCode = "200", description = "A page of self-evaluations",
            content = @Content(schema = @Schema(implementation = Pages.SelfEvaluationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public Pages.SelfEvaluationPage list(
            @Parameter(description = "Only this school") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only this academic year, e.g. 2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only this framework") @QueryParam("frameworkId") String frameworkId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<SelfEvaluationSummary> rows = evaluations.list(Inputs.uuidParam("schoolId", schoolId),
                Inputs.academicYear("academicYear", academicYear), Inputs.uuidParam("frameworkId", frameworkId), page);
        return Pages.SelfEvaluationPage.of(Page.of(rows, page, s -> s.id().toString(), s -> s, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a self-evaluation", description = "Every standard's rating and notes, and a summary per core element and overall.")
    @APIResponse(responseCode = "200", description = "The self-evaluation",
            content = @Content(schema = @Schema(implementation = SelfEvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such self-evaluation in your schools")
    public Response get(@Parameter(description = "The self-evaluation's id") @PathParam("id") UUID id) {
        SelfEvaluationView s = evaluations.view(id);
        return Response.ok(s).header(HttpHeaders.ETAG, ETags.of(s.version())).build();
    }

    @GET
    @Path("{id}/ratings/{standardId}")
    @Operation(summary = "Get one standard's rating", description = "With its ETag, to send as If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The rating",
            headers = @Header(name = "ETag", description = "The rating's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "No such self-evaluation, or the standard is not in its framework")
    public Response rating(@Parameter(description = "The self-evaluation's id") @PathParam("id") UUID id,
                           @Parameter(description = "The quality standard's id") @PathParam("standardId") UUID standardId) {
        RatingView r = evaluations.ratingView(id, standardId);
        return Response.ok(r).header(HttpHeaders.ETAG, ETags.of(r.version())).build();
    }

    @PUT
    @Path("{id}/ratings/{standardId}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER"})
    @Operation(summary = "Rate a standard",
            description = "Sets the standard's rating (1-4, or absent for not rated) and notes. Each change is kept in the history; "
                    + "sending what is already there changes nothing. If-Match is the rating's version (its `version`, or the ETag of GET …/ratings/{standardId}).")
    @APIResponse(responseCode = "200", description = "Rated",
            headers = @Header(name = "ETag", description = "The rating's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "The rating is not 1-4, or a note is too long")
    @APIResponse(responseCode = "404", description = "No such self-evaluation, or the standard is not in its framework")
    @APIResponse(responseCode = "412", description = "If-Match is stale: someone changed the rating since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response rate(@Parameter(description = "The self-evaluation's id") @PathParam("id") UUID id,
                         @Parameter(description = "The quality standard's id") @PathParam("standardId") UUID standardId,
                         @Parameter(description = "The rating's ETag", required = true) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull RatingRequest request) {
        RatingView r = evaluations.rate(id, standardId, ifMatch, request);
        return Response.ok(r).header(HttpHeaders.ETAG, ETags.of(r.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The self-evaluation's history", description = "Every change to its ratings and notes, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = Pages.RatingChangePage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "No such self-evaluation in your schools")
    public Pages.RatingChangePage history(
            @Parameter(description = "The self-evaluation's id") @PathParam("id") UUID id,
            @Parameter(description = "Only changes to this standard") @QueryParam("standardId") String standardId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<RatingChangeView> rows = evaluations.history(id, Inputs.uuidParam("standardId", standardId), page);
        return Pages.RatingChangePage.of(Page.of(rows, page, c -> c.id().toString(), c -> c, uri));
    }
}
