package org.goldenthread.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading what the service published: its HTTP feed, the Kafka topic, and the contracts they must obey. */
public final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private Events() {
    }

    /**
     * Every event of the caller's feed, following the next links until a page is empty. A fresh
     * request per page: a reused RequestSpecification would keep the previous page's query.
     */
    public static List<JsonNode> feed(Supplier<RequestSpecification> as) {
        List<JsonNode> events = new ArrayList<>();
        String next = "/api/v1/monitoring/events?limit=100";
        while (true) {
            String body = as.get().get(next).then().statusCode(200).extract().asString();
            JsonNode page = read(body);
            if (page.path("items").isEmpty()) {
                return events;
            }
            page.path("items").forEach(events::add);
            next = page.path("next").asText();
        }
    }

    public static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> e.path("type").asText().endsWith(type)).toList();
    }

    /** Asserts the event obeys the CloudEvents envelope and its type's data schema, formats included. */
    public static void assertObeysContract(JsonNode event) {
        String type = event.path("type").asText();
        assertValid("cloudevent.schema.json", event, type + " envelope");
        assertValid(type + ".schema.json", event.path("data"), type + " data");
    }

    private static void assertValid(String schema, JsonNode node, String what) {
        JsonSchema compiled = COMPILED.computeIfAbsent(schema,
                s -> SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/events/" + s), ASSERT_FORMATS));
        Set<ValidationMessage> errors = compiled.validate(node);
        assertTrue(errors.isEmpty(), what + " breaks the contract: " + errors + "\n" + node);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A consumer of monitoring.events from the beginning, in a group of its own. */
    public static KafkaConsumer<String, String> topicReader(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "monitoring-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of("monitoring.events"));
        return consumer;
    }

    /** Polls once and adds the records of one trust. */
    public static void pollInto(KafkaConsumer<String, String> consumer, UUID trust, List<ConsumerRecord<String, String>> into) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.value().contains(trust.toString())) {
                into.add(r);
            }
        }
    }
}
