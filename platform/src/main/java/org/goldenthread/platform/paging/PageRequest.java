package org.goldenthread.platform.paging;

import org.goldenthread.platform.problem.ProblemException;

/** A validated {@code ?limit=&after=} pair. */
public record PageRequest(int limit, String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String after) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(l, after == null || after.isBlank() ? null : after);
    }

    /** The decoded position, or null on the first page. */
    public String position() {
        return Cursor.decode(after);
    }

    /** Rows to fetch: one more than the page, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
