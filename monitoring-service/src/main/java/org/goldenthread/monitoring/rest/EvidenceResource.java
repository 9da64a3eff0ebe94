package org.goldenthread.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.monitoring.domain.EvidenceDeletion;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.EvidenceKind;
import org.goldenthread.monitoring.service.EvidenceService;
import org.goldenthread.monitoring.service.EvidenceUploads;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.Tenant;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Evidence items: multipart upload with a size limit and an allow-list of types, download, and audited deletion. */
@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR"})
@Tag(name = "Evidence", description = "Work samples, notes, pupil voice and documents behind the findings: content kept with its sha-256, "
        + "downloadable, and deleted with an audit record. Keep pupil data to what is needed (no names).")
public class EvidenceResource {
    @Inject
    Tenant tenant;
    @Inject
    EvidenceService evidence;
    @Inject
    EvidenceUploads uploads;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Upload evidence",
            description = "multipart/form-data with the file and its metadata. The file must be within the size limit (413 otherwise) "
                    + "and of an allowed type whose content matches it (415 otherwise); in either case nothing is stored. The answer "
                    + "gives the sha-256. Send Idempotency-Key to make a retry safe.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", headers = {
            @Header(name = "ETag", description = "The item's version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The new item", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the file is empty")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    @APIResponse(responseCode = "413", description = "The file is over the size limit; nothing was stored")
    @APIResponse(responseCode = "415", description = "The type is not allowed, or the content is not what the type says; nothing was stored")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response upload(@RestForm("file") FileUpload file,
                           @RestForm("schoolId") String schoolId,
                           @RestForm("kind") String kind,
                           @RestForm("title") String title,
                           @RestForm("description") String description,
                           @RestForm("activityId") String activityId,
                           @RestForm("confidential") String confidential,
                           @Parameter(description = "Makes a retry safe") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        EvidenceService.Upload upload = uploads.check(file, schoolId, kind, title, description, activityId, confidential);
        Map<String, Object> fingerprint = new LinkedHashMap<>();
        fingerprint.put("request", "POST /evidence");
        fingerprint.put("schoolId", upload.schoolId());
        fingerprint.put("kind", upload.kind());
        fingerprint.put("title", upload.title());
        fingerprint.put("description", upload.description());
        fingerprint.put("activityId", upload.activityId());
        fingerprint.put("confidential", upload.confidential());
        fingerprint.put("filename", upload.filename());
        fingerprint.put("sha256", upload.sha256());
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), idempotencyKey, fingerprint, () -> {
            EvidenceItem e = evidence.upload(upload);
            return Response.created(URI.create("/api/v1/evidence/" + e.id)).header(HttpHeaders.ETAG, ETags.of(e.version))
                    .entity(EvidenceView.of(e)).build();
        });
    }

    @GET
    @Operation(summary = "List evidence", description = "Evidence items you can see, oldest first, filtered as asked.")
    @APIResponse(responseCode = "200", description = "A page of evidence items",
            content = @Content(schema = @Schema(implementation = Pages.EvidencePage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school or finding is not one you can see")
    public Pages.EvidencePage list(
            @Parameter(description = "Only this school") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only evidence of this activity") @QueryParam("activityId") String activityId,
            @Parameter(description = "Only evidence cited by this finding") @QueryParam("findingId") String findingId,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = EvidenceKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<EvidenceItem> rows = evidence.list(Inputs.uuidParam("schoolId", schoolId), Inputs.uuidParam("activityId", activityId),
                Inputs.uuidParam("findingId", findingId), Inputs.enumParam("kind", kind, EvidenceKind.class), page);
        return Pages.EvidencePage.of(Page.of(rows, page, e -> e.id.toString(), EvidenceView::of, uri));
    }

    @GET
    @Path("deletions")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER"})
    @Operation(summary = "The evidence deletion audit trail",
            description = "What evidence was deleted, with its filename and sha-256, by whom and when, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of deletion records",
            content = @Content(schema = @Schema(implementation = Pages.EvidenceDeletionPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public Pages.EvidenceDeletionPage deletions(
            @Parameter(description = "Only this school") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<EvidenceDeletion> rows = evidence.deletions(Inputs.uuidParam("schoolId", schoolId), page);
        return Pages.EvidenceDeletionPage.of(Page.of(rows, page, d -> d.id.toString(), EvidenceDeletionView::of, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an evidence item's metadata")
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "404", description = "No such evidence that you can see")
    public Response get(@Parameter(description = "The item's id") @PathParam("id") UUID id) {
        EvidenceItem e = evidence.get(id);
        return Response.ok(EvidenceView.of(e)).header(HttpHeaders.ETAG, ETags.of(e.version)).build();
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence item's content",
            description = "The content as uploaded, with its Content-Type, a Content-Disposition naming the file, and Repr-Digest (sha-256).")
    @APIResponse(responseCode = "200", description = "The content", headers = {
            @Header(name = "Content-Disposition", description = "attachment; filename=…", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Repr-Digest", description = "sha-256 of the content (RFC 9530)", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The item's version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such evidence that you can see")
    public Response content(@Parameter(description = "The item's id") @PathParam("id") UUID id) {
        EvidenceService.Download d = evidence.download(id);
        EvidenceItem e = d.item();
        return Response.ok(d.content(), e.contentType)
                .header("Content-Disposition", contentDisposition(e.filename))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e.sha256)) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .header(HttpHeaders.ETAG, ETags.of(e.version))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Change an evidence item's metadata", description = "Title, description, kind, activity and confidentiality; the content never changes.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such evidence that you can see")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@Parameter(description = "The item's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull EvidenceUpdateRequest request) {
        EvidenceItem e = evidence.update(id, ifMatch, request);
        return Response.ok(EvidenceView.of(e)).header(HttpHeaders.ETAG, ETags.of(e.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Delete an evidence item",
            description = "Removes the content and the item, and leaves an audit record (who, when, sha-256, filename), which is returned. "
                    + "Findings citing it lose the link; published ones get finding-updated.")
    @APIResponse(responseCode = "200", description = "Deleted; the audit record",
            content = @Content(schema = @Schema(implementation = EvidenceDeletionView.class)))
    @APIResponse(responseCode = "404", description = "No such evidence that you can see")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public EvidenceDeletionView delete(@Parameter(description = "The item's id") @PathParam("id") UUID id,
                                       @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                                       @Parameter(description = "Why it is deleted, kept in the audit record") @QueryParam("reason") String reason) {
        return EvidenceDeletionView.of(evidence.delete(id, ifMatch, reason));
    }

    /** attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded (RFC 6266). */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "'");
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
