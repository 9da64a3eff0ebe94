package org.goldenthread.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.smallrye.common.annotation.Identifier;
import org.goldenthread.platform.events.KafkaSettings;
import org.goldenthread.platform.events.EventsConfig;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts event consumers: each subscription gets its own thread and Kafka consumer, applies every
 * event once (insert-first dedupe in the same transaction as the change), commits the offset only
 * after the database commit, and sends poison events to {@code <topic>.dlq} with the reason.
 */
@ApplicationScoped
public class EventConsumers {
    @Inject
    EventsConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    ProcessedEvents processed;
    @Inject
    MeterRegistry metrics;
    // Every kafka.* setting (TLS, SASL, ...), as the Kafka client extension collects them.
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final List<EventConsumer> running = new CopyOnWriteArrayList<>();

    /**
     * Subscribes {@code handler} to the topics under the consumer group {@code groupId}; all
     * replicas of a service use the same group, so each event is applied by one of them.
     */
    public EventConsumer subscribe(String groupId, List<String> topics, EventHandler handler) {
        return subscribe(groupId, topics, Set.of(), handler);
    }

    /**
     * As {@link #subscribe(String, List, EventHandler)}, for the given event types only: events of
     * other types on the topics are acknowledged without a transaction or a processed-event row.
     */
    public EventConsumer subscribe(String groupId, List<String> topics, Set<String> types, EventHandler handler) {
        EventConsumer consumer = new EventConsumer(groupId, topics, types, handler,
                KafkaSettings.clientProperties(kafkaConfig), config.consumer(), json, processed, metrics);
        running.add(consumer);
        consumer.start();
        return consumer;
    }

    void stop(@Observes ShutdownEvent ignored) {
        running.forEach(EventConsumer::close);
        running.clear();
    }
}
