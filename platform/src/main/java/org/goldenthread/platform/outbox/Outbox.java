package org.goldenthread.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.events.EventsConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes an event to the outbox in the caller's transaction, so the change and its event commit
 * together or not at all. The relay publishes it to Kafka after commit; nothing here talks to Kafka.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    EventsConfig config;

    /**
     * @param topic   e.g. {@code plans.events}
     * @param key     the Kafka key: the school id (or trust id) so one school's events stay ordered
     * @param type    e.g. {@code org.goldenthread.plans.milestone-status-changed.v1}
     * @param subject what the event is about, e.g. {@code plans/{id}/milestones/{id}}
     * @param data    the event's data, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent write(String topic, String key, String type, String subject, UUID trustId, UUID schoolId,
                            Object data) {
        JsonNode node = json.valueToTree(data);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, Ids.newId(), config.source(), type, subject,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), CloudEvent.JSON, trustId, schoolId, node);
        String payload;
        try {
            payload = json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " cannot be written as JSON", e);
        }
        em.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, message_key, type, source, subject, time, trust_id, school_id, data)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS json))""")
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .setParameter(3, key)
                .setParameter(4, type)
                .setParameter(5, event.source())
                .setParameter(6, subject)
                .setParameter(7, event.time())
                .setParameter(8, trustId)
                .setParameter(9, schoolId)
                .setParameter(10, payload)
                .executeUpdate();
        return event;
    }
}
