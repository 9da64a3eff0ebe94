package org.goldenthread.tracking.service.imports;

/**
 * One row as read, before validation: its kind, where it is (CSV line, or JSON line and array
 * index) and its values by column index ({@link ImportKind#columns()}); null = empty or absent.
 */
public record ImportRow(ImportKind kind, int line, int index, String[] values) {

    /** How an error names a field: the CSV column, or the JSON path such as {@code assessments[41].scaledScore}. */
    public String field(int column, boolean json) {
        String name = kind.columns().get(column);
        return json ? kind.jsonArray() + "[" + index + "]." + name : name;
    }
}
