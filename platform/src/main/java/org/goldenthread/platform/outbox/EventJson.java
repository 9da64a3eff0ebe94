package org.goldenthread.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.goldenthread.platform.events.CloudEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Writes the CloudEvents structured-JSON envelope around an outbox row's stored data. */
final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    static String envelope(UUID id, String source, String type, String subject, OffsetDateTime time, UUID trustId,
                           UUID schoolId, String data) {
        ObjectNode node = JSON.createObjectNode();
        node.put("specversion", CloudEvent.SPEC_VERSION);
        node.put("id", id.toString());
        node.put("source", source);
        node.put("type", type);
        if (subject != null) {
            node.put("subject", subject);
        }
        node.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        node.put("datacontenttype", CloudEvent.JSON);
        node.put("trustid", trustId.toString());
        if (schoolId != null) {
            node.put("schoolid", schoolId.toString());
        }
        node.putRawValue("data", new RawValue(data));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + id, e);
        }
    }
}
