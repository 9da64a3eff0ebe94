package org.goldenthread.tracking.service.imports;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an import CSV: UTF-8 with or without a byte-order mark, a header row, fields separated by
 * commas, optionally in double quotes (a quote inside is doubled; a quoted field may span lines),
 * lines ending in LF or CRLF, blank lines ignored. Rows come out with the line they start on
 * (the header is line 1). A row with too few or too many fields, or a file that ends inside a
 * quoted field (a truncated file), is reported as a row error rather than guessed at.
 */
public final class CsvImportReader {

    /** The header, understood: which kind of row, and which column each field is. */
    public record Header(ImportKind kind, int[] columnOf, List<String> names) {
    }

    /** What is wrong with a header: the column named and why, for a 400 at submission. */
    public record HeaderProblem(String field, String message) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvImportReader(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Decodes strictly: a file that is not UTF-8 is refused rather than read with replacement characters. */
    public static CsvImportReader of(byte[] content) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
        return new CsvImportReader(text);
    }

    /** Reads the header row; problems are returned, not thrown, so that they can all be reported at once. */
    public Header header(boolean schoolIdGiven, List<HeaderProblem> problems) {
        List<String> names = nextRecord();
        if (names == null || names.stream().allMatch(String::isBlank)) {
            problems.add(new HeaderProblem("header", "the file is empty; the first line must name the columns"));
            return null;
        }
        boolean hasSubject = names.stream().anyMatch(n -> ImportKind.ASSESSMENT.index(n) == ImportKind.A_SUBJECT);
        ImportKind kind = hasSubject ? ImportKind.ASSESSMENT : ImportKind.PUPIL;
        int[] columnOf = new int[names.size()];
        boolean[] seen = new boolean[kind.width()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            int column = kind.index(name);
            if (column < 0) {
                problems.add(new HeaderProblem(name.isEmpty() ? "column " + (i + 1) : name,
                        "is not a column of a " + (kind == ImportKind.PUPIL ? "pupil" : "assessment") + " import; the columns are "
                                + String.join(", ", kind.columns())));
                columnOf[i] = -1;
            } else if (seen[column]) {
                problems.add(new HeaderProblem(name, "appears twice in the header"));
                columnOf[i] = -1;
            } else {
                seen[column] = true;
                columnOf[i] = column;
            }
        }
        for (String required : kind.required()) {
            if (!seen[kind.index(required)]) {
                problems.add(new HeaderProblem(required, "is a required column and is missing from the header"));
            }
        }
        if (!schoolIdGiven && !seen[0]) {
            problems.add(new HeaderProblem("schoolId", "is missing: give a schoolId column, or the schoolId parameter for a one-school file"));
        }
        return new Header(kind, columnOf, names);
    }

    /** Streams the data rows after the header; shape problems (field counts, an unterminated quote) go to {@code errors}. */
    public void rows(Header header, Consumer<ImportRow> rows, Consumer<RowError> errors) {
        int width = header.columnOf().length;
        while (true) {
            int startLine = line;
            List<String> fields;
            try {
                fields = nextRecord();
            } catch (UnterminatedQuote e) {
                errors.accept(RowError.of(startLine, header.names().get(Math.min(e.field, width - 1)).trim(),
                        "the file ends inside a quoted field: it looks truncated, or a quote is not closed", null));
                return;
            }
            if (fields == null) {
                return;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() < width) {
                List<String> missing = header.names().subList(fields.size(), width).stream().map(String::trim).toList();
                errors.accept(RowError.of(startLine, missing.get(0), "the row has " + fields.size() + " fields but the header has "
                        + width + ": missing " + String.join(", ", missing) + (pos >= text.length() ? " (is the file truncated?)" : ""), null));
                continue;
            }
            if (fields.size() > width) {
                errors.accept(RowError.of(startLine, "row", "the row has " + fields.size() + " fields but the header has " + width
                        + " (an unquoted comma in a value?)", null));
                continue;
            }
            String[] values = new String[header.kind().width()];
            for (int i = 0; i < width; i++) {
                int column = header.columnOf()[i];
                if (column >= 0) {
                    String v = fields.get(i).trim();
                    values[column] = v.isEmpty() ? null : v;
                }
            }
            rows.accept(new ImportRow(header.kind(), startLine, 0, values));
        }
    }

    private static final class UnterminatedQuote extends RuntimeException {
        final int field;

        UnterminatedQuote(int field) {
            super(null, null, false, false);
            this.field = field;
        }
    }

    /** The next record's fields, or null at the end of the text. */
    private List<String> nextRecord() {
        if (pos >= text.length()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        while (true) {
            if (pos < n && text.charAt(pos) == '"') {
                pos++;
                while (true) {
                    if (pos >= n) {
                        throw new UnterminatedQuote(fields.size());
                    }
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (pos < n && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                }
            }
            int start = pos;
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                pos++;
            }
            if (field.length() == 0) {
                fields.add(text.substring(start, pos));
            } else {
                field.append(text, start, pos);
                fields.add(field.toString());
                field.setLength(0);
            }
            if (pos >= n) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                continue;
            }
            if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            return fields;
        }
    }
}
