package org.goldenthread.e2e.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads: exact names, plus patterns for map-valued settings
 * (e.g. {@code goldenthread.gateway.oidc.*.issuer}). Names follow the MicroProfile Config rule:
 * a property {@code quarkus.datasource.jdbc.url} is read from {@code QUARKUS_DATASOURCE_JDBC_URL}
 * (every character that is not a letter or digit becomes {@code _}, then upper case).
 */
final class EnvironmentNames {
    private final Set<String> exact = new TreeSet<>();
    private final List<String> wildcardProperties = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    /** The environment variable a property is read from. */
    static String of(String property) {
        StringBuilder env = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            env.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        return env.toString();
    }

    /** Adds a property name; {@code *} stands for one map key (any name). */
    EnvironmentNames addProperty(String property) {
        if (!property.contains("*")) {
            exact.add(of(property));
            return this;
        }
        wildcardProperties.add(property);
        StringBuilder regex = new StringBuilder();
        String[] parts = property.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(of(parts[i])));
        }
        patterns.add(Pattern.compile(regex.toString()));
        return this;
    }

    /** Adds an environment variable referenced by name, e.g. from {@code ${GOLDENTHREAD_JWKS_URL:...}}. */
    EnvironmentNames addVariable(String name) {
        exact.add(name);
        return this;
    }

    EnvironmentNames addAll(EnvironmentNames other) {
        exact.addAll(other.exact);
        wildcardProperties.addAll(other.wildcardProperties);
        patterns.addAll(other.patterns);
        return this;
    }

    boolean reads(String variable) {
        return exact.contains(variable) || patterns.stream().anyMatch(p -> p.matcher(variable).matches());
    }

    Set<String> exactNames() {
        return Set.copyOf(exact);
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(exact);
        for (String property : wildcardProperties) {
            List<String> parts = Arrays.stream(property.split("\\*", -1)).map(EnvironmentNames::of).toList();
            all.add(String.join("<KEY>", parts));
        }
        return String.join(", ", all);
    }
}
