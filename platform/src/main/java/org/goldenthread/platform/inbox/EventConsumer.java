package org.goldenthread.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.events.EventsConfig;
import org.goldenthread.platform.events.PoisonEventException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One subscription's consumer loop. Per record: parse the CloudEvent, then in one transaction
 * claim its id and apply it; retry a failing handler a bounded number of times, then dead-letter
 * it. Database outages are not the event's fault: those are retried until the database is back,
 * never dead-lettered. Offsets are committed after the records' transactions have committed.
 */
public final class EventConsumer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    public static final String DLQ_SUFFIX = ".dlq";

    private final String groupId;
    private final List<String> topics;
    private final Set<String> types;
    private final EventHandler handler;
    private final Map<String, Object> kafkaConfig;
    private final EventsConfig.Consumer config;
    private final ObjectMapper json;
    private final ProcessedEvents processed;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter skipped;

    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;

    EventConsumer(String groupId, List<String> topics, Set<String> types, EventHandler handler, Map<String, Object> kafkaConfig,
                  EventsConfig.Consumer config, ObjectMapper json, ProcessedEvents processed, MeterRegistry metrics) {
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
        this.types = Set.copyOf(types);
        this.handler = handler;
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.json = json;
        this.processed = processed;
        this.applied = Counter.builder("goldenthread.inbox.applied").tag("group", groupId).register(metrics);
        this.duplicates = Counter.builder("goldenthread.inbox.duplicates").tag("group", groupId).register(metrics);
        this.deadLettered = Counter.builder("goldenthread.inbox.dead.lettered").tag("group", groupId).register(metrics);
        this.skipped = Counter.builder("goldenthread.inbox.skipped").description("Events of types this consumer does not apply")
                .tag("group", groupId).register(metrics);
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "event-consumer-" + groupId);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                consumer = new KafkaConsumer<>(consumerProperties());
                consumer.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, String> records = consumer.poll(config.pollTimeout());
                    for (TopicPartition partition : records.partitions()) {
                        long next = -1;
                        for (ConsumerRecord<String, String> record : records.records(partition)) {
                            if (!running) {
                                break;
                            }
                            process(record);
                            next = record.offset() + 1;
                        }
                        if (next >= 0) {
                            // ack after commit: every record up to here has committed its transaction, been
                            // dead-lettered or skipped; a crash before this line redelivers them to the dedupe
                            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
                        }
                    }
                }
            } catch (WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                if (running) {
                    LOG.errorf(e, "consumer %s failed; restarting it", groupId);
                    pause(Duration.ofSeconds(1));
                }
            } finally {
                closeQuietly();
            }
        }
    }

    private void process(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = parse(record.value());
        } catch (PoisonEventException e) {
            deadLetter(record, e.getMessage(), e);
            return;
        }
        if (!types.isEmpty() && !types.contains(event.type())) {
            skipped.increment();
            return;
        }
        Duration backoff = config.initialBackoff();
        int attempt = 0;
        while (running) {
            attempt++;
            try {
                boolean first = QuarkusTransaction.requiringNew().call(() -> {
                    if (!processed.claim(event, record.topic(), record.partition(), record.offset())) {
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
                (first ? applied : duplicates).increment();
                return;
            } catch (PoisonEventException e) {
                deadLetter(record, e.getMessage(), e);
                return;
            } catch (RuntimeException e) {
                PoisonEventException poison = causeOf(e, PoisonEventException.class);
                if (poison != null) {
                    deadLetter(record, poison.getMessage(), poison);
                    return;
                }
                if (isDatabaseUnavailable(e)) {
                    // not the event's fault: wait for the database, never dead-letter for this
                    attempt = 0;
                    LOG.warnf("database unavailable while applying event %s; retrying", event.id());
                } else if (attempt >= config.maxAttempts()) {
                    deadLetter(record, "failed " + attempt + " times: " + rootMessage(e), e);
                    return;
                } else {
                    LOG.warnf("applying event %s (%s) failed on attempt %d: %s", event.id(), event.type(), attempt,
                            rootMessage(e));
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private CloudEvent parse(String value) {
        if (value == null) {
            throw new PoisonEventException("record has no value");
        }
        CloudEvent event;
        try {
            event = json.readValue(value, CloudEvent.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON document: " + rootMessage(e), e);
        }
        if (event.id() == null || event.type() == null || event.source() == null || event.data() == null
                || event.trustid() == null) {
            throw new PoisonEventException("CloudEvent lacks id, type, source, trustid or data");
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new PoisonEventException("unsupported CloudEvents specversion " + event.specversion());
        }
        return event;
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason, Throwable cause) {
        LOG.errorf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        ProducerRecord<String, String> out = new ProducerRecord<>(record.topic() + DLQ_SUFFIX, record.key(), record.value());
        out.headers().add("dlq-reason", bytes(reason));
        out.headers().add("dlq-exception", bytes(cause == null ? "" : cause.getClass().getName()));
        out.headers().add("dlq-original-topic", bytes(record.topic()));
        out.headers().add("dlq-original-partition", bytes(Integer.toString(record.partition())));
        out.headers().add("dlq-original-offset", bytes(Long.toString(record.offset())));
        out.headers().add("dlq-consumer-group", bytes(groupId));
        // The partition must not move on until the dead letter is safely written.
        while (running) {
            try {
                deadLetters().send(out).get(30, TimeUnit.SECONDS);
                deadLettered.increment();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("could not write dead letter (%s); retrying", rootMessage(e));
                closeDeadLetters();
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private KafkaProducer<String, String> deadLetters() {
        if (deadLetters == null) {
            Properties p = new Properties();
            p.putAll(kafkaConfig);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            deadLetters = new KafkaProducer<>(p);
        }
        return deadLetters;
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.putAll(kafkaConfig);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2000);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private void closeQuietly() {
        try {
            if (consumer != null) {
                consumer.close(java.time.Duration.ofSeconds(5));
            }
        } catch (RuntimeException e) {
            LOG.debug("closing consumer", e);
        }
        consumer = null;
        closeDeadLetters();
    }

    private void closeDeadLetters() {
        if (deadLetters != null) {
            try {
                deadLetters.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing dead-letter producer", e);
            }
            deadLetters = null;
        }
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                    || sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
