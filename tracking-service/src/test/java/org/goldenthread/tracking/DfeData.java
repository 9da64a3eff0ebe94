package org.goldenthread.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the DfE open data in shared/data/dfe (found by walking up from the module). */
final class DfeData {
    private DfeData() {
    }

    static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data/dfe");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolve("../shared/data/dfe").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data/dfe not found above " + Path.of("").toAbsolutePath());
    }

    /** The KS2 2018 performance table rows of mainstream schools (RECTYPE 1) that have figures. */
    static List<Map<String, String>> ks2SchoolsWithFigures() throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : read(directory().resolve("ks2-2018-hampshire.csv"))) {
            if ("1".equals(row.get("RECTYPE")) && !row.getOrDefault("PTRWM_EXP", "").isBlank()) {
                out.add(row);
            }
        }
        return out;
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<Map<String, String>> out = new ArrayList<>();
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> values = rows.get(r);
            if (values.size() == 1 && values.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < values.size() ? values.get(c) : "");
            }
            out.add(m);
        }
        return out;
    }
}
