package org.goldenthread.devstack;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The main class of the broker's own JVM: formats the KRaft storage on first start, then runs
 * {@code kafka.Kafka}. It exits when its parent goes away (standard input closes), so a test JVM
 * that dies never leaves a broker holding a port.
 */
public final class KafkaNode {
    private KafkaNode() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            props.load(in);
        }
        Path logDir = Path.of(props.getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = props.getProperty("goldenthread.cluster.id", "golden-thread-devstack0");
            int rc = kafka.tools.StorageTool.execute(new String[] {
                    "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"}, new PrintStream(System.out));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed: " + rc);
            }
        }
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // parent still alive
                }
            } catch (Exception ignored) {
                // stream broken: parent gone
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        if (!Boolean.getBoolean("goldenthread.detached")) {
            watchdog.start();
        }
        kafka.Kafka.main(new String[] {config.toString()});
    }
}
