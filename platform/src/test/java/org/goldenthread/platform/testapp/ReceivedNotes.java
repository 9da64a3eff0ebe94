package org.goldenthread.platform.testapp;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.events.PoisonEventException;
import org.goldenthread.platform.inbox.EventConsumers;

import java.util.List;

/** Consumes the notes' own events back, as another service would, recording each one. */
@ApplicationScoped
public class ReceivedNotes {
    @Inject
    EventConsumers consumers;
    @Inject
    EntityManager em;

    void start(@Observes StartupEvent ignored) {
        consumers.subscribe("platform-test", List.of(NoteService.TOPIC), this::apply);
    }

    void apply(CloudEvent event) {
        String title = event.data().path("title").asText();
        if (title.startsWith("poison")) {
            throw new PoisonEventException("title says poison");
        }
        if (title.startsWith("flaky")) {
            throw new IllegalStateException("always failing handler");
        }
        em.createNativeQuery("INSERT INTO received_note (event_id, note_id, title) VALUES (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, java.util.UUID.fromString(event.data().path("noteId").asText()))
                .setParameter(3, title)
                .executeUpdate();
    }
}
