package org.goldenthread.e2e.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service module's own files say about how it runs in production, read at test time so the
 * deployment files are checked against the services as they are now: its HTTP port, its health and
 * metrics paths (and the port they are served on), the environment variables it reads (from
 * application.properties, its and the platform's {@code @ConfigMapping}/{@code @ConfigProperty}
 * sources) and the Kafka topics named in its sources.
 */
record ServiceConfiguration(
        String module,
        boolean hasApplicationProperties,
        boolean hasHealthExtension,
        int httpPort,
        int healthPort,
        String livenessPath,
        String readinessPath,
        String startupPath,
        String metricsPath,
        long maxBodyBytes,
        EnvironmentNames readableEnvironment,
        Set<String> topics) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    private static final Pattern TOPIC_LITERAL = Pattern.compile("\"([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.events)\"");

    static ServiceConfiguration of(Path root, String module) {
        Path properties = root.resolve(module).resolve("src/main/resources/application.properties");
        Properties props = load(properties);
        List<Path> sources = new ArrayList<>(ProjectFiles.javaSources(root.resolve(module).resolve("src/main/java")));
        String pom = ProjectFiles.read(root.resolve(module).resolve("pom.xml"));
        boolean usesPlatform = pom.contains("<artifactId>platform</artifactId>");
        String platformPom = usesPlatform ? ProjectFiles.read(root.resolve("platform/pom.xml")) : "";
        if (usesPlatform) {
            sources.addAll(ProjectFiles.javaSources(root.resolve("platform/src/main/java")));
        }
        return of(module, Files.isRegularFile(properties), props,
                sources.stream().map(ProjectFiles::read).toList(),
                pom.contains("quarkus-smallrye-health") || platformPom.contains("quarkus-smallrye-health"));
    }

    /** The configuration of a module from its application.properties and Java source texts. */
    static ServiceConfiguration of(String module, boolean hasProperties, Properties props, List<String> javaSources,
                                   boolean hasHealthExtension) {
        int httpPort = Integer.parseInt(prod(props, "quarkus.http.port", "8080"));
        boolean management = Boolean.parseBoolean(prod(props, "quarkus.management.enabled", "false"));
        int managementPort = Integer.parseInt(prod(props, "quarkus.management.port", "9000"));
        String rootPath = management ? prod(props, "quarkus.management.root-path", "/q")
                : under(prod(props, "quarkus.http.root-path", "/"), prod(props, "quarkus.http.non-application-root-path", "q"));
        String health = under(rootPath, prod(props, "quarkus.smallrye-health.root-path", "health"));
        String metrics = under(rootPath, prod(props, "quarkus.micrometer.export.prometheus.path", "metrics"));

        EnvironmentNames env = new EnvironmentNames();
        for (String key : props.stringPropertyNames()) {
            env.addProperty(PROFILE.matcher(key).replaceFirst(""));
            Matcher reference = REFERENCE.matcher(props.getProperty(key));
            while (reference.find()) {
                String name = reference.group(1).trim();
                // ${GOLDENTHREAD_JWKS_URL:...} names a variable; ${quarkus.x} another property
                env.addVariable(name.equals(name.toUpperCase()) ? name : EnvironmentNames.of(name));
            }
        }
        ConfigSources config = new ConfigSources();
        Set<String> topics = new TreeSet<>();
        for (String source : javaSources) {
            config.add(source);
            Matcher topic = TOPIC_LITERAL.matcher(ConfigSources.withoutComments(source));
            while (topic.find()) {
                topics.add(topic.group(1));
            }
        }
        Set<String> properties = config.properties();
        properties.forEach(env::addProperty);
        // "goldenthread.events" is a @ConfigMapping prefix, not a topic
        topics.removeIf(t -> properties.stream().anyMatch(p -> p.equals(t) || p.startsWith(t + ".")));

        return new ServiceConfiguration(module, hasProperties, hasHealthExtension, httpPort,
                management ? managementPort : httpPort,
                under(health, prod(props, "quarkus.smallrye-health.liveness-path", "live")),
                under(health, prod(props, "quarkus.smallrye-health.readiness-path", "ready")),
                under(health, prod(props, "quarkus.smallrye-health.startup-path", "started")),
                metrics, bytes(prod(props, "quarkus.http.limits.max-body-size", "10240K")), env, Set.copyOf(topics));
    }

    /** The value in the prod profile, with a {@code ${VAR:default}} expression reduced to its default. */
    private static String prod(Properties props, String key, String fallback) {
        String value = props.getProperty("%prod." + key, props.getProperty(key, fallback)).trim();
        Matcher expression = Pattern.compile("^\\$\\{[^:}]+:([^}]*)}$").matcher(value);
        return expression.matches() ? expression.group(1) : value;
    }

    /** A size as Quarkus and ingress-nginx write it: a number with an optional K, M or G (powers of 1024). */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(?i)^\\s*(\\d+)\\s*([kmg]?)b?\\s*$").matcher(size);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long unit = switch (m.group(2).toLowerCase()) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    /** Quarkus's rule for its paths: an absolute path stands alone, a relative one is under the parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String base = parent.endsWith("/") ? parent : parent + "/";
        return (base.startsWith("/") ? base : "/" + base) + path;
    }

    private static Properties load(Path file) {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try {
                props.load(new StringReader(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return props;
    }
}
