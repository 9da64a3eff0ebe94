package org.goldenthread.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the same document on Kafka and in the HTTP
 * feeds. {@code trustid} and {@code schoolid} are extension attributes used for scoping.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event (structured JSON mode). The `data` schema per `type` is in contracts/.")
public record CloudEvent(
        @Schema(example = "1.0") String specversion,
        @Schema(description = "Unique id; consumers dedupe on it") UUID id,
        @Schema(example = "/golden-thread/tracking-service") String source,
        @Schema(example = "org.goldenthread.tracking.termly-results-published.v1") String type,
        @Schema(example = "schools/7d4e.../termly-results/2026-27/SPRING") String subject,
        OffsetDateTime time,
        @Schema(example = "application/json") String datacontenttype,
        UUID trustid,
        UUID schoolid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent withData(JsonNode newData) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, trustid, schoolid, newData);
    }
}
