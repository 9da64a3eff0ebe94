package org.goldenthread.tracking.service.imports;

/** Builds rows in PostgreSQL COPY text format (tab-separated, \N for null, backslash escapes). */
final class CopyText {
    private final StringBuilder sb;
    private boolean first = true;

    CopyText(int capacity) {
        sb = new StringBuilder(capacity);
    }

    CopyText add(Object value) {
        if (!first) {
            sb.append('\t');
        }
        first = false;
        if (value == null) {
            sb.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    /** A value that needs no escaping (UUIDs, numbers, enum names, ISO dates). */
    CopyText safe(Object value) {
        if (!first) {
            sb.append('\t');
        }
        first = false;
        if (value == null) {
            sb.append("\\N");
        } else {
            sb.append(value);
        }
        return this;
    }

    CopyText endRow() {
        sb.append('\n');
        first = true;
        return this;
    }

    int length() {
        return sb.length();
    }

    String takeText() {
        String s = sb.toString();
        sb.setLength(0);
        return s;
    }
}
