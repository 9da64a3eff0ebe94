package org.goldenthread.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.goldenthread.platform.events.EventsConfig;
import org.goldenthread.platform.events.KafkaSettings;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to Kafka, in order, and marks them sent.
 *
 * <p>Across replicas exactly one relay works at a time: it holds a PostgreSQL session advisory
 * lock on its own connection, and another replica takes over when that connection goes. The
 * leader first gives newly committed rows a feed position (in commit order), then sends
 * unpublished rows in position order with an idempotent producer ({@code acks=all}), waking on
 * NOTIFY from the insert trigger or after a short poll. While the broker is away it backs off
 * and tries again; rows stay in the outbox until a send is acknowledged.</p>
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    // Arbitrary constant shared by all replicas of a service (each service has its own database).
    private static final long RELAY_LOCK = 0x6774_6f75_7462_6f78L;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EventsConfig config;
    @Inject
    MeterRegistry metrics;
    // Every kafka.* setting (TLS, SASL, ...), as the Kafka client extension collects them.
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private final AtomicLong pending = new AtomicLong();
    private Counter published;
    private Counter failures;
    private Instant lastHousekeeping = Instant.EPOCH;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes StartupEvent ignored) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled: events stay in the outbox");
            return;
        }
        published = Counter.builder("goldenthread.outbox.published").description("Events sent to Kafka").register(metrics);
        failures = Counter.builder("goldenthread.outbox.send.failures").description("Failed relay rounds").register(metrics);
        Gauge.builder("goldenthread.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka (as of the last look)").register(metrics);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Whether this replica currently holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (!tryLock(connection)) {
                    leader = false;
                    pause(Duration.ofSeconds(2));
                    continue;
                }
                leader = true;
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN outbox_event");
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    try {
                        int sent = relayOnce(connection);
                        backoff = Duration.ofMillis(100);
                        housekeeping(connection);
                        if (sent == 0) {
                            notifications.getNotifications((int) config.relay().pollInterval().toMillis());
                        }
                    } catch (SendFailed e) {
                        failures.increment();
                        LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                        closeProducer();
                        pause(backoff);
                        backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
                    }
                }
            } catch (SQLException e) {
                leader = false;
                if (running) {
                    LOG.warnf("outbox relay lost its database connection (%s); retrying", e.getMessage());
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
                }
            } catch (RuntimeException e) {
                leader = false;
                if (running) {
                    LOG.error("outbox relay failed; restarting it", e);
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
                }
            }
        }
        leader = false;
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** One round: sequence what has committed, then send a batch. Returns the number sent. */
    int relayOnce(Connection connection) throws SQLException {
        sequence(connection);
        List<Row> batch = unpublished(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        List<UUID> done = new ArrayList<>(batch.size());
        String failure = null;
        try {
            for (Row row : batch) {
                sends.add(p.send(new ProducerRecord<>(row.topic, row.key, row.value)));
            }
            p.flush();
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(30, TimeUnit.SECONDS);
                    done.add(batch.get(i).id);
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    failure = (e.getCause() == null ? e : e.getCause()).toString();
                    break; // keep order: nothing after a failed send is marked
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        markPublished(connection, done);
        published.increment(done.size());
        if (failure != null) {
            recordFailure(connection, batch.get(done.size()).id, failure);
            throw new SendFailed(failure);
        }
        return done.size();
    }

    private void sequence(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                    UPDATE outbox_event o SET position = n.position
                    FROM (SELECT id, (SELECT coalesce(max(position), 0) FROM outbox_event)
                                     + row_number() OVER (ORDER BY created_seq) AS position
                          FROM outbox_event WHERE position IS NULL ORDER BY created_seq LIMIT ?) n
                    WHERE o.id = n.id""")) {
            s.setInt(1, config.relay().batchSize() * 10);
            s.executeUpdate();
        }
    }

    private List<Row> unpublished(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, topic, message_key, type, source, subject, time, trust_id, school_id, data::text
                FROM outbox_event WHERE published_at IS NULL AND position IS NOT NULL
                ORDER BY position LIMIT ?""")) {
            ps.setInt(1, config.relay().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String value = EventJson.envelope(id, rs.getString(5), rs.getString(4), rs.getString(6),
                            rs.getObject(7, java.time.OffsetDateTime.class), rs.getObject(8, UUID.class),
                            rs.getObject(9, UUID.class), rs.getString(10));
                    rows.add(new Row(id, rs.getString(2), rs.getString(3), value));
                }
            }
        }
        return rows;
    }

    private void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), last_error = NULL WHERE id = ANY(?)")) {
            ps.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        }
    }

    private void recordFailure(Connection connection, UUID id, String error) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            ps.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    private void housekeeping(Connection connection) throws SQLException {
        if (Instant.now().isBefore(lastHousekeeping.plusSeconds(10))) {
            return;
        }
        lastHousekeeping = Instant.now();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            pending.set(rs.getLong(1));
        }
        if (Instant.now().isBefore(lastPurge.plus(Duration.ofHours(1)))) {
            return;
        }
        lastPurge = Instant.now();
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            ps.setLong(1, config.relay().retention().toSeconds());
            int purged = ps.executeUpdate();
            if (purged > 0) {
                LOG.infof("purged %d published events older than %s", purged, config.relay().retention());
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => ?)")) {
            ps.setLong(1, config.consumer().dedupeRetention().toSeconds());
            ps.executeUpdate();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.putAll(KafkaSettings.clientProperties(kafkaConfig));
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing producer", e);
            }
            producer = null;
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Row(UUID id, String topic, String key, String value) {
    }

    private static final class SendFailed extends RuntimeException {
        SendFailed(String message) {
            super(message);
        }
    }
}
