package org.goldenthread.platform.paging;

import org.goldenthread.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors: callers pass back what we gave them and never build one themselves. */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside a cursor, or null for none; a cursor we did not issue is a 400 naming {@code after}. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("v1:")) {
                throw new IllegalArgumentException();
            }
            return raw.substring(3);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }

    public static long decodeLong(String cursor, long none) {
        String position = decode(cursor);
        if (position == null) {
            return none;
        }
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }
}
