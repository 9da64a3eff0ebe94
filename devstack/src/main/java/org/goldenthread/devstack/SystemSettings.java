package org.goldenthread.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the whole system runs: the project root (for the packaged jars), a data
 * directory, the ports, and the JVM options of the service processes.
 */
public record SystemSettings(
        Path projectRoot,
        Path dataDirectory,
        boolean keepData,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int gatewayPort,
        int plansPort,
        int trackingPort,
        int monitoringPort,
        List<String> serviceJvmOptions) {

    public static final List<String> SERVICE_JVM_DEFAULTS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    /** Throw-away data and free ports: one run of the black-box tests. */
    public static SystemSettings forTests(Path projectRoot, Path dataDirectory) {
        return new SystemSettings(projectRoot, dataDirectory, false, Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError"));
    }

    public List<Integer> ports() {
        return List.of(postgresPort, kafkaPort, kafkaControllerPort, gatewayPort, plansPort, trackingPort, monitoringPort);
    }
}
