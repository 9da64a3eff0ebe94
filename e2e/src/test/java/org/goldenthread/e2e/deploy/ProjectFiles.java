package org.goldenthread.e2e.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project on disk: its root, its service modules (the Quarkus applications) and their files. */
final class ProjectFiles {
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private ProjectFiles() {
    }

    /**
     * The project root: {@code goldenthread.project.root} (set by the e2e pom), else the nearest
     * directory upwards whose pom.xml lists the e2e module.
     */
    static Path root() {
        String configured = System.getProperty("goldenthread.project.root");
        Path start = configured == null || configured.isBlank() ? Path.of("") : Path.of(configured);
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>e2e</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (a pom.xml listing the e2e module) above " + start.toAbsolutePath());
    }

    /** The root pom's modules that are packaged as Quarkus applications, in the pom's order. */
    static List<String> serviceModules(Path root) {
        List<String> services = new ArrayList<>();
        Matcher m = MODULE.matcher(read(root.resolve("pom.xml")));
        while (m.find()) {
            Path pom = root.resolve(m.group(1)).resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                services.add(m.group(1));
            }
        }
        return services;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every .java file under a directory (none when it does not exist). */
    static List<Path> javaSources(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
