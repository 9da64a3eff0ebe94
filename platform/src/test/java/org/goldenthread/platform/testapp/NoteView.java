package org.goldenthread.platform.testapp;

import java.util.UUID;

public record NoteView(UUID id, UUID schoolId, String title, Term term, int pupils, long version) {
    static NoteView of(Note n) {
        return new NoteView(n.id, n.schoolId, n.title, n.term, n.pupils, n.version);
    }
}
