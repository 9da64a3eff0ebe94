package org.goldenthread.tracking.service.imports;

/** One thing wrong with an import: the line (counting a CSV header as line 1), the field and what to fix. */
public record RowError(Integer line, String field, String message, String rejectedValue) {

    public static RowError of(Integer line, String field, String message, String value) {
        return new RowError(line, field, message, value == null ? null : value.length() > 100 ? value.substring(0, 100) + "…" : value);
    }
}
