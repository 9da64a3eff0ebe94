package org.goldenthread.plans.service;

import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.util.UUID;

/** Reads the positions this service puts in its cursors. */
final class Cursors {
    private Cursors() {
    }

    static UUID uuid(PageRequest page) {
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

    static int integer(PageRequest page) {
        String position = page.position();
        if (position == null) {
            return 0;
        }
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }
}
