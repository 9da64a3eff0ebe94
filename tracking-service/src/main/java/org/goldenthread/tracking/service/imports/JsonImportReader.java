package org.goldenthread.tracking.service.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads a JSON import, {@code {"pupils": [...], "assessments": [...]}}, as a stream (a 100,000-row
 * import is never held as a tree). Each row is an object of the same fields as the CSV columns;
 * unknown fields are ignored, as everywhere in the API. Rows carry their array index (errors name
 * {@code assessments[41].scaledScore}) and the line their object starts on.
 */
public final class JsonImportReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The body is not an import at all (not JSON, or not the right shape): a 400 at submission. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private JsonImportReader() {
    }

    /** Reads every row; returns the number of rows. Throws {@link Unreadable} for a body of the wrong shape. */
    public static int read(byte[] content, Consumer<ImportRow> rows, Consumer<RowError> errors) throws Unreadable {
        int count = 0;
        try (JsonParser p = FACTORY.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("the body must be a JSON object with the arrays pupils and/or assessments");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                ImportKind kind = name.equals(ImportKind.PUPIL.jsonArray()) ? ImportKind.PUPIL
                        : name.equals(ImportKind.ASSESSMENT.jsonArray()) ? ImportKind.ASSESSMENT : null;
                if (kind == null) {
                    p.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new Unreadable(name + " must be an array of objects");
                }
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = p.currentTokenLocation().getLineNr();
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        errors.accept(RowError.of(line, name + "[" + index + "]", "must be an object", null));
                        p.skipChildren();
                        index++;
                        count++;
                        continue;
                    }
                    String[] values = new String[kind.width()];
                    RowError shape = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        int column = kind.index(p.currentName());
                        JsonToken t = p.nextToken();
                        if (column < 0) {
                            p.skipChildren();
                            continue;
                        }
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            if (shape == null) {
                                shape = RowError.of(line, name + "[" + index + "]." + kind.columns().get(column),
                                        "must be a single value, not an " + (t == JsonToken.START_OBJECT ? "object" : "array"), null);
                            }
                            p.skipChildren();
                            continue;
                        }
                        String text = t == JsonToken.VALUE_NULL ? null : p.getText().trim();
                        values[column] = text == null || text.isEmpty() ? null : text;
                    }
                    if (shape == null) {
                        rows.accept(new ImportRow(kind, line, index, values));
                    } else {
                        errors.accept(shape);
                    }
                    index++;
                    count++;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new Unreadable("the body has something after the import object");
            }
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new Unreadable("the body is not valid JSON" + (where == null ? "" : " (line " + where.getLineNr()
                    + ", column " + where.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new Unreadable("the body could not be read: " + e.getMessage());
        }
        return count;
    }
}
