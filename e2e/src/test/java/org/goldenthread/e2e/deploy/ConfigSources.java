package org.goldenthread.e2e.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration properties Java sources read, found without compiling them: every
 * {@code @ConfigMapping(prefix = ...)} interface walked through its nested groups (method names in
 * kebab case, {@code @WithName}, {@code @WithParentName}, {@code Optional}, and {@code Map} keys as
 * {@code *}), every {@code @ConfigProperty(name = ...)}, and {@code getValue}/{@code getOptionalValue}
 * calls with a literal name.
 */
final class ConfigSources {
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{;]*\\{");
    private static final Pattern MAPPING = Pattern.compile("@(?:[\\w.]+\\.)?ConfigMapping\\s*\\(([^)]*)\\)");
    private static final Pattern PREFIX = Pattern.compile("(?:prefix\\s*=\\s*)?\"([^\"]*)\"");
    private static final String ANNOTATION = "@[\\w.]+(?:\\s*\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^()\"])*\\))?";
    private static final Pattern METHOD = Pattern.compile(
            "((?:" + ANNOTATION + "\\s*)*)(?:(?:public|abstract)\\s+)*([\\w.]+(?:\\s*<[^;(){}]*>)?(?:\\[])*)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@(?:[\\w.]+\\.)?WithName\\s*\\(\\s*(?:value\\s*=\\s*)?\"([^\"]*)\"");
    private static final Pattern WITH_PARENT_NAME = Pattern.compile("@(?:[\\w.]+\\.)?WithParentName\\b");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@(?:[\\w.]+\\.)?ConfigProperty\\s*\\([^)]*?name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern GET_VALUE = Pattern.compile("\\.get(?:Optional)?Value\\s*\\(\\s*\"([^\"]+)\"");

    private final Map<String, Map<String, String>> interfacesByFile = new LinkedHashMap<>();
    private final Map<String, String> interfaces = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();

    /** Adds one source file's text. */
    ConfigSources add(String javaSource) {
        String code = withoutComments(javaSource);
        sources.add(code);
        Map<String, String> own = new LinkedHashMap<>();
        Matcher m = INTERFACE.matcher(code);
        while (m.find()) {
            int open = m.end() - 1;
            int close = matchingBrace(code, open);
            own.put(m.group(1), topLevel(code.substring(open + 1, close)));
        }
        interfacesByFile.put(code, own);
        own.forEach(interfaces::putIfAbsent);
        return this;
    }

    /** Every property the added sources read; {@code *} stands for a map key. */
    Set<String> properties() {
        Set<String> properties = new LinkedHashSet<>();
        for (String code : sources) {
            Matcher mapping = MAPPING.matcher(code);
            while (mapping.find()) {
                Matcher prefix = PREFIX.matcher(mapping.group(1));
                Matcher declared = INTERFACE.matcher(code);
                if (prefix.find() && declared.find(mapping.end())) {
                    walk(code, declared.group(1), prefix.group(1), properties, new LinkedHashSet<>());
                }
            }
            for (Pattern p : List.of(CONFIG_PROPERTY, GET_VALUE)) {
                Matcher named = p.matcher(code);
                while (named.find()) {
                    properties.add(named.group(1));
                }
            }
        }
        return properties;
    }

    private void walk(String code, String interfaceName, String prefix, Set<String> out, Set<String> path) {
        String body = interfacesByFile.get(code).getOrDefault(interfaceName, interfaces.get(interfaceName));
        if (body == null || !path.add(interfaceName)) {
            return;
        }
        Matcher method = METHOD.matcher(body);
        while (method.find()) {
            String annotations = method.group(1);
            Matcher withName = WITH_NAME.matcher(annotations);
            String segment = WITH_PARENT_NAME.matcher(annotations).find() ? ""
                    : withName.find() ? withName.group(1) : kebab(method.group(3));
            String name = segment.isEmpty() ? prefix : prefix + "." + segment;
            String type = unwrapOptional(method.group(2).replaceAll("\\s+", ""));
            if (type.startsWith("Map<") || type.startsWith("java.util.Map<")) {
                String valueType = unwrapOptional(typeArguments(type).get(1));
                leafOrGroup(code, valueType, name + ".*", out, path);
            } else if (type.matches("(?:java\\.util\\.)?(?:List|Set|Collection)<.*")
                    && group(code, typeArguments(type).get(0)) != null) {
                walk(code, simpleName(typeArguments(type).get(0)), name + "[*]", out, path);
            } else {
                leafOrGroup(code, type, name, out, path);
            }
        }
        path.remove(interfaceName);
    }

    private void leafOrGroup(String code, String type, String name, Set<String> out, Set<String> path) {
        if (group(code, type) != null) {
            walk(code, simpleName(type), name, out, path);
        } else {
            out.add(name);
        }
    }

    private String group(String code, String type) {
        String simple = simpleName(type);
        String own = interfacesByFile.get(code).get(simple);
        return own != null ? own : interfaces.get(simple);
    }

    private static String simpleName(String type) {
        String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static String unwrapOptional(String type) {
        if (type.startsWith("Optional<") || type.startsWith("java.util.Optional<")) {
            return typeArguments(type).get(0);
        }
        return type;
    }

    /** The top-level type arguments of {@code Outer<A,B<C,D>>}: A and B<C,D>. */
    private static List<String> typeArguments(String type) {
        String inner = type.substring(type.indexOf('<') + 1, type.lastIndexOf('>'));
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        args.add(inner.substring(start));
        return args;
    }

    /** SmallRye Config's default naming: {@code keyDirectory} → {@code key-directory}. */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char previous = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextLower)) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The text of a body at its own nesting level only (nested types and method bodies blanked). */
    private static String topLevel(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                int end = endOfString(body, i);
                if (depth == 0) {
                    out.append(body, i, end);
                }
                i = end - 1;
                continue;
            }
            if (c == '{') {
                depth++;
                out.append(' ');
            } else if (c == '}') {
                depth--;
                out.append(' ');
            } else {
                out.append(depth == 0 ? c : ' ');
            }
        }
        return out.toString();
    }

    private static int matchingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i) - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in a Java source");
    }

    /** The index just after the string literal (or text block) starting at {@code start}. */
    private static int endOfString(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }

    /** The source with comments replaced by spaces, string and character literals kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = endOfString(source, i);
                out.append(source, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
