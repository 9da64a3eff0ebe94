package org.goldenthread.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario found: a plain-text report (sections of figures, then one line per aim with MET / NOT MET) and
 * the same figures as a JSON map.
 */
public final class Report {

    /** One aim of the issue and whether this run met it. */
    public record Aim(String label, boolean met, String detail) {
        String line() {
            return "aim " + label + ": " + (met ? "MET" : "NOT MET") + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Aim> aims = new ArrayList<>();

    /** A titled block of text. */
    public Report section(String title, String body) {
        text.append("\n== ").append(title).append(" ==\n").append(body);
        if (!body.endsWith("\n")) {
            text.append('\n');
        }
        return this;
    }

    public Report line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A figure for the JSON report. */
    public Report put(String key, Object value) {
        json.put(key, value);
        return this;
    }

    public Report aim(String label, boolean met, String detail) {
        aims.add(new Aim(label, met, detail));
        return this;
    }

    public List<Aim> aims() {
        return List.copyOf(aims);
    }

    public String text() {
        StringBuilder b = new StringBuilder(text);
        if (!aims.isEmpty()) {
            b.append('\n');
            aims.forEach(a -> b.append(a.line()).append('\n'));
        }
        return b.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(json);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Aim a : aims) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("aim", a.label());
            am.put("met", a.met());
            am.put("detail", a.detail());
            list.add(am);
        }
        m.put("aims", list);
        return m;
    }
}
