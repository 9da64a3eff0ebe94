package org.goldenthread.platform.http;

import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: every resource carries an ETag made from its version, and an
 * update must say which version it was based on (If-Match). A missing If-Match is 428, a stale one 412.
 */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks the If-Match header against the current version of the resource. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "send If-Match with the ETag you last read, so that you cannot overwrite someone else's change",
                    List.of());
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "the resource has changed since you read it (it is now at ETag " + current
                        + "); read it again and re-apply your change", List.of());
    }
}
