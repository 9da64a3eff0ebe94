package org.goldenthread.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, as every error response of every service carries it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(example = "urn:goldenthread:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "title must not be blank") String detail,
        @Schema(example = "/api/v1/plans") String instance,
        @Schema(description = "Request id, also in the X-Request-Id header and the logs") String requestId,
        List<FieldError> errors) {
}
