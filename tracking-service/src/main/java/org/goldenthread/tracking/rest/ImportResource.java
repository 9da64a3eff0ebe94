package org.goldenthread.tracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.paging.Cursor;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.service.imports.ImportJobs;
import org.goldenthread.tracking.service.imports.ImportService;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "MIS bulk imports of pupils and assessments, run as jobs")
public class ImportResource {
    static final String CSV_LAYOUT = """
            CSV (text/csv): UTF-8 with or without BOM, a header row naming the columns (any order, any case), comma \
            separated, fields optionally in double quotes (quotes doubled inside; a quoted field may span lines), LF or \
            CRLF. One file holds pupils or assessments, told by the header (a `subject` column means assessments).

            Pupil columns: schoolId*, upn (required), firstName (required), lastName (required), dateOfBirth (required, \
            YYYY-MM-DD or DD/MM/YYYY), sex (required, M/F), yearGroup (required, 0–13 or R), className, disadvantaged \
            (required, true/false or Y/N), freeSchoolMeals, senStatus (NONE, SEN_SUPPORT, EHCP), eal, ethnicityCode, \
            priorAttainment (LOW, MIDDLE, HIGH), joinedOn, leftOn. Upserted by (school, UPN).

            Assessment columns: schoolId*, upn (required; the pupil must be recorded), academicYear (required, e.g. \
            2026-27), term (required: AUTUMN, SPRING, SUMMER), subject (required: READING, WRITING, MATHS, GPS, \
            SCIENCE), source (TEACHER_ASSESSMENT or TEST; default: TEST when only scaledScore is given), judgement (PKS, \
            BLW, WTS, EXS, GDS; teacher assessments), scaledScore (80–120; tests), yearGroup (when assessed; default the \
            pupil's current year group). Upserted by (pupil, academicYear, term, subject, source).

            * schoolId on every row, or once as the schoolId parameter. Every school must be one of the caller's.

            JSON (application/json): {"pupils": [...], "assessments": [...]} with the same fields; pupils are applied \
            before assessments, so one import can bring both. At most 100,000 rows.""";

    @Inject
    Tenant tenant;
    @Inject
    ImportService imports;
    @Inject
    ImportJobs jobs;
    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.MIS_INTEGRATION, Roles.SCHOOL_LEADER})
    @Operation(summary = "Import pupils and assessments", description = "Accepts the file and queues a job (202 with its Location); poll the job. "
            + "Atomic by default: if any row is invalid nothing is applied. mode=partial applies the valid rows. Rows whose values equal what is "
            + "recorded change nothing, so re-sending a file is harmless; an Idempotency-Key replays the first 202.\n\n" + CSV_LAYOUT)
    @RequestBody(description = "The file", required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = {
                            @ExampleObject(name = "assessments", value = "upn,academicYear,term,subject,source,judgement,scaledScore,yearGroup\n"
                                    + "A820200100026,2026-27,AUTUMN,WRITING,TEACHER_ASSESSMENT,EXS,,6\n"
                                    + "A820200100026,2026-27,AUTUMN,READING,TEST,,104,6\n"),
                            @ExampleObject(name = "pupils", value = "upn,firstName,lastName,dateOfBirth,sex,yearGroup,className,disadvantaged,senStatus,eal,priorAttainment\n"
                                    + "A820200100026,Amelia,Khan,2015-03-14,F,6,6B,Y,NONE,N,MIDDLE\n")}),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "pupils and assessments", value = """
                    {"pupils": [{"upn": "A820200100026", "firstName": "Amelia", "lastName": "Khan", "dateOfBirth": "2015-03-14",
                                 "sex": "F", "yearGroup": 6, "className": "6B", "disadvantaged": true}],
                     "assessments": [{"upn": "A820200100026", "academicYear": "2026-27", "term": "AUTUMN", "subject": "MATHS",
                                      "source": "TEST", "scaledScore": 104}]}"""))})
    @APIResponse(responseCode = "202", description = "Queued; Location is the job", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Not an import: empty, not UTF-8, a bad header (each column named, line 1), not JSON, or a bad parameter",
            content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The schoolId parameter is not one of the caller's schools", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the size limit", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither text/csv nor application/json", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = Docs.IDEMPOTENCY, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Parameter(description = "atomic (default): all or nothing; partial: apply the valid rows") @QueryParam("mode") @DefaultValue("atomic") String mode,
                           @Parameter(description = "The school of every row that has no schoolId") @QueryParam("schoolId") String schoolId,
                           @Parameter(description = "Makes a retried POST safe: the same key and file answer the first 202 again") @HeaderParam("Idempotency-Key") String key,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           byte[] body) {
        return imports.submit(tenant, contentType, mode, schoolId, key, body);
    }

    @GET
    @Path("{importId}")
    @RolesAllowed({Roles.MIS_INTEGRATION, Roles.SCHOOL_LEADER, Roles.TRUST_LEADER})
    @Operation(summary = "An import job", description = "Status, rows processed out of total, and the first 100 errors with line and field.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such import visible to the caller (the submitter sees it; so does anyone whose schools cover every school it touches)",
            content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ImportView get(@Parameter(description = "The import's id") @PathParam("importId") UUID importId) {
        return ImportView.of(jobs.find(tenant, importId));
    }

    @GET
    @Path("{importId}/errors")
    @RolesAllowed({Roles.MIS_INTEGRATION, Roles.SCHOOL_LEADER, Roles.TRUST_LEADER})
    @Operation(summary = "An import's errors", description = "Every stored error, in line order, in pages.")
    @APIResponse(responseCode = "200", description = "A page of errors", content = @Content(schema = @Schema(implementation = ErrorPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<FieldError> errors(@Parameter(description = "The import's id") @PathParam("importId") UUID importId,
                                   @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                   @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        int from = (int) Cursor.decodeLong(page.after(), 0);
        List<ImportJobs.Numbered> rows = jobs.errorPage(tenant, importId, from, page.fetchSize());
        return Page.of(rows, page, n -> Integer.toString(n.seq()),
                n -> new FieldError(n.error().field(), n.error().message(), n.error().line(), n.error().rejectedValue()), uri);
    }

    @Schema(name = "ImportErrorPage")
    public record ErrorPage(List<FieldError> items, String next) {
    }
}
