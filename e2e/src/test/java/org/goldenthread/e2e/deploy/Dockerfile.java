package org.goldenthread.e2e.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile's instructions (continuation lines joined, comments dropped), and what they declare. */
record Dockerfile(List<Instruction> instructions) {
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String joined = current.toString().strip();
            current.setLength(0);
            int space = joined.indexOf(' ');
            instructions.add(space < 0 ? new Instruction(joined.toUpperCase(), "")
                    : new Instruction(joined.substring(0, space).toUpperCase(), joined.substring(space + 1).strip()));
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    String last(String keyword) {
        List<String> values = all(keyword);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** Variables set with ENV (the {@code NAME=value} form), in order. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String args : all("ENV")) {
            Matcher pair = ENV_PAIR.matcher(args);
            while (pair.find()) {
                String value = pair.group(2);
                env.put(pair.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
        }
        return env;
    }

    /** Ports given to EXPOSE. */
    Set<Integer> exposedPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        for (String args : all("EXPOSE")) {
            for (String port : args.split("\\s+")) {
                ports.add(Integer.parseInt(port.replaceAll("/.*", "")));
            }
        }
        return ports;
    }

    /** Variables the container's own commands (ENTRYPOINT, CMD, HEALTHCHECK) expand. */
    Set<String> variablesReadByCommands() {
        Set<String> names = new LinkedHashSet<>();
        for (String keyword : List.of("ENTRYPOINT", "CMD", "HEALTHCHECK")) {
            for (String args : all(keyword)) {
                Matcher m = VARIABLE.matcher(args);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
