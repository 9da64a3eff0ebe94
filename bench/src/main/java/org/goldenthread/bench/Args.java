package org.goldenthread.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal {@code --name value} / {@code --name=value} / {@code --flag} parser with a whitelist of names. */
public final class Args {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Args() {
    }

    public static Args parse(List<String> tokens, Set<String> options, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.startsWith("--") || t.length() < 3) {
                throw new IllegalArgumentException("unexpected argument '" + t + "'");
            }
            String name = t.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "true" : value);
                continue;
            }
            if (!options.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= tokens.size()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = tokens.get(++i);
            }
            a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return a;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean flag(String name) {
        List<String> v = values.get(name);
        return v != null && !"false".equalsIgnoreCase(v.get(v.size() - 1));
    }

    /** Last value given, or {@code null}. */
    public String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    public String require(String name) {
        String v = get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public double getDouble(String name, double fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + v + "'");
        }
    }

    public int getInt(String name, int fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    public Duration getDuration(String name, Duration fallback) {
        String v = get(name);
        return v == null ? fallback : Durations.parse(v);
    }
}
