package org.goldenthread.tracking.service;

import org.goldenthread.platform.problem.ProblemException;

import java.util.UUID;

/** Positions inside this service's cursors. */
final class Cursors {
    private Cursors() {
    }

    static UUID uuid(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }
}
