package org.goldenthread.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.outbox.Outbox;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.TenantScope;

import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class NoteService {
    public static final String TOPIC = "notes.events";

    @Inject
    Outbox outbox;

    @Transactional
    public Note create(TenantScope scope, NoteRequest request) {
        Note note = new Note();
        note.id = Ids.newId();
        note.trustId = scope.trustId();
        note.schoolId = request.schoolId();
        note.title = request.title();
        note.term = request.term();
        note.pupils = request.pupils();
        note.persist();
        outbox.write(TOPIC, note.schoolId.toString(), "org.goldenthread.platform.note-written.v1", "notes/" + note.id,
                note.trustId, note.schoolId, Map.of("noteId", note.id, "title", note.title));
        return note;
    }

    @Transactional
    public Note find(TenantScope scope, UUID id) {
        return Note.<Note>find("id = :id and " + scope.where(), scope.params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("note " + id));
    }

    @Transactional
    public Note update(TenantScope scope, UUID id, String ifMatch, NoteRequest request) {
        Note note = find(scope, id);
        ETags.requireMatch(ifMatch, note.version);
        note.title = request.title();
        note.term = request.term();
        note.pupils = request.pupils();
        return note;
    }
}
