package org.goldenthread.e2e.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named values of a test fixture ({@code plan}, {@code schoolA0}, {@code year} …), with
 * {@code {name}} templates expanded from them. A copy can replace some values (a disposable
 * resource in place of the fixture's own) or every id (ids that exist nowhere).
 */
public final class Ids {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final Map<String, String> values;

    public Ids() {
        this(new LinkedHashMap<>());
    }

    private Ids(Map<String, String> values) {
        this.values = values;
    }

    public Ids put(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no value for " + name);
        }
        values.put(name, value);
        return this;
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no fixture value named " + name + "; there are " + values.keySet());
        }
        return value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A copy in which these names have other values. */
    public Ids with(Map<String, String> replacements) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(replacements);
        return new Ids(copy);
    }

    /** A copy in which every id is a fresh random UUID: the same requests, about things that do not exist. */
    public Ids unknown() {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, UUID_TEXT.matcher(v).matches() ? UUID.randomUUID().toString() : v));
        return new Ids(copy);
    }

    /** The template with each {@code {name}} replaced by its value. */
    public String expand(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
