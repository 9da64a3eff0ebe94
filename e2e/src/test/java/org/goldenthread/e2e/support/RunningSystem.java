package org.goldenthread.e2e.support;

import org.goldenthread.devstack.GoldenThreadSystem;
import org.goldenthread.devstack.SystemSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The packaged system under test: PostgreSQL, Kafka and the four services as child processes on
 * free ports, started once per test JVM and shared by every black-box test class. Logs stay under
 * {@code e2e/target/e2e-*}/logs for a failed run.
 */
public final class RunningSystem {
    private static GoldenThreadSystem system;

    private RunningSystem() {
    }

    public static synchronized GoldenThreadSystem get() {
        if (system == null) {
            Path root = Path.of(System.getProperty("goldenthread.project.root", "..")).toAbsolutePath().normalize();
            try {
                Path data = Files.createTempDirectory(Files.createDirectories(root.resolve("e2e/target")), "e2e-");
                GoldenThreadSystem started = new GoldenThreadSystem(SystemSettings.forTests(root, data));
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-system-stop"));
                try {
                    system = started.start(Duration.ofMinutes(4));
                } catch (RuntimeException e) {
                    started.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return system;
    }
}
