package org.goldenthread.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One PostgreSQL server and one Kafka broker for the whole test JVM, on free ports and throw-away
 * directories, started on first use and stopped when the JVM exits.
 *
 * <p>Quarkus may load test resources in more than one class loader; the handle is therefore kept
 * in system properties (plain strings), and only the first loader to arrive starts anything.</p>
 */
public final class Devstack {
    private static final String STARTED = "goldenthread.devstack.started";
    private static final String PG_PORT = "goldenthread.devstack.pg.port";
    private static final String KAFKA = "goldenthread.devstack.kafka.bootstrap";

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private Devstack() {
    }

    /** Starts the shared stack unless this JVM already has one. */
    public static synchronized Endpoints shared() {
        synchronized (System.getProperties()) {
            if (System.getProperty(STARTED) == null) {
                startInThisLoader();
                System.setProperty(PG_PORT, String.valueOf(postgres.port()));
                System.setProperty(KAFKA, kafka.bootstrapServers());
                System.setProperty(STARTED, "true");
            }
            return new Endpoints(Integer.parseInt(System.getProperty(PG_PORT)), System.getProperty(KAFKA));
        }
    }

    /** The broker, when this class loader started it; used by tests that take the broker away. */
    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            throw new IllegalStateException("the shared broker was started by another class loader");
        }
        return kafka;
    }

    /** The PostgreSQL server, when this class loader started it. */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            throw new IllegalStateException("the shared PostgreSQL was started by another class loader");
        }
        return postgres;
    }

    private static void startInThisLoader() {
        try {
            Path root = Files.createTempDirectory("golden-thread-devstack-");
            postgres = PostgresServer.start(null, Ports.free());
            kafka = new KafkaServer(root.resolve("kafka"), Ports.free(), Ports.free(), root.resolve("kafka.log")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                postgres.close();
                deleteQuietly(root);
            }, "devstack-shutdown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp directory left behind is harmless
        }
    }

    /** Where the shared stack listens. */
    public record Endpoints(int postgresPort, String kafkaBootstrapServers) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
        }

        /** Creates the database on the shared server unless it exists. */
        public void ensureDatabase(String database) {
            PostgresServer.ensureDatabase(postgresPort, database);
        }
    }
}
