package org.goldenthread.gateway.service;

import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.util.Set;
import java.util.UUID;

/** Keyset paging on time-ordered ids, shared by the registry's lists. */
final class Paging {
    // Never bind an empty collection to "in": this id matches nothing.
    static final UUID NO_ID = new UUID(0, 0);

    private Paging() {
    }

    /** The id after which the page starts, or null on the first page. */
    static UUID after(PageRequest page) {
        String position = page.position();
        if (position == null) {
            return null;
        }
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }

    static Set<UUID> nonEmpty(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(NO_ID) : ids;
    }
}
