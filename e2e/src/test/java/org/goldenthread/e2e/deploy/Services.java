package org.goldenthread.e2e.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The service modules of this checkout and what their own files say, read once per test JVM. */
final class Services {
    /** The edge: the only service clients reach, and the one the others take their keys from. */
    static final String GATEWAY = "gateway";
    /** What the platform's consumer appends to a topic's name for its dead letters (inbox.EventConsumer). */
    static final String DEAD_LETTER_SUFFIX = ".dlq";

    static final Path ROOT = ProjectFiles.root();
    static final List<String> MODULES = ProjectFiles.serviceModules(ROOT);

    private static final Map<String, ServiceConfiguration> CONFIGS = new ConcurrentHashMap<>();

    private Services() {
    }

    static Stream<String> modules() {
        return MODULES.stream();
    }

    static ServiceConfiguration config(String module) {
        return CONFIGS.computeIfAbsent(module, m -> ServiceConfiguration.of(ROOT, m));
    }

    static Optional<Dockerfile> dockerfile(String module) {
        Path file = ROOT.resolve(module).resolve("Dockerfile");
        return Files.isRegularFile(file) ? Optional.of(Dockerfile.parse(ProjectFiles.read(file))) : Optional.empty();
    }

    /**
     * The variables a service's container reads: the service's settings, plus those its image's
     * own commands expand (JAVA_OPTS_APPEND and the like).
     */
    static EnvironmentNames readable(String module) {
        EnvironmentNames names = new EnvironmentNames().addAll(config(module).readableEnvironment());
        dockerfile(module).ifPresent(d -> d.variablesReadByCommands().forEach(names::addVariable));
        return names;
    }

    /** Topics named in the services' (and the platform's) sources. */
    static Set<String> topicsUsed() {
        Set<String> topics = new TreeSet<>();
        MODULES.forEach(m -> topics.addAll(config(m).topics()));
        return topics;
    }

    /** Every topic the services use, and its dead-letter topic. */
    static Set<String> topicsWithDeadLetters() {
        Set<String> topics = new TreeSet<>();
        for (String topic : topicsUsed()) {
            topics.add(topic);
            topics.add(topic + DEAD_LETTER_SUFFIX);
        }
        return topics;
    }
}
