package org.goldenthread.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.events.CloudEvent;

/** The consumer's record of events already applied: insert first, and a duplicate key means "done". */
@ApplicationScoped
public class ProcessedEvents {
    @Inject
    EntityManager em;

    /** Records the event in the current transaction; false when it was applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(CloudEvent event, String topic, int partition, long offset) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO processed_event (event_id, type, source, topic, kafka_partition, kafka_offset)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, topic)
                .setParameter(5, partition)
                .setParameter(6, offset)
                .executeUpdate();
        return inserted == 1;
    }

    @Transactional
    public boolean isProcessed(java.util.UUID eventId) {
        return !em.createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList().isEmpty();
    }
}
