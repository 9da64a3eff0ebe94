package org.goldenthread.e2e.deploy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What deploy/k8s-secrets.sh creates, read from the script itself. */
final class SecretsScript {
    private static final Pattern LOOP = Pattern.compile("^\\s*for\\s+service\\s+in\\s+([^;]+);");
    private static final Pattern CREATE = Pattern.compile("^\\s*create\\s+\"?([\\w$.-]+)\"?");

    private SecretsScript() {
    }

    /** The Secret names a script's {@code create NAME ...} lines make, expanding {@code for service in ...} loops. */
    static Set<String> secretsCreatedBy(String script) {
        Set<String> names = new TreeSet<>();
        List<String> loopValues = List.of();
        for (String line : script.split("\n")) {
            Matcher loop = LOOP.matcher(line);
            if (loop.find()) {
                loopValues = List.of(loop.group(1).trim().split("\\s+"));
            }
            Matcher create = CREATE.matcher(line);
            if (create.find()) {
                String name = create.group(1);
                if (name.contains("$service")) {
                    for (String value : loopValues) {
                        names.add(name.replace("$service", value));
                    }
                } else {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
