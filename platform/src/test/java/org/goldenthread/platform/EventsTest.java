package org.goldenthread.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.goldenthread.devstack.DevTokens;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.platform.testapp.NoteService;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_A;
import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_B;
import static org.goldenthread.platform.PlatformTestSupport.TRUST;
import static org.goldenthread.platform.PlatformTestSupport.leaderOfA;
import static org.goldenthread.platform.PlatformTestSupport.leaderOfB;
import static org.goldenthread.platform.PlatformTestSupport.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox relay publishes committed changes as CloudEvents; the consumer applies each event once
 * however often it is delivered, and dead-letters what it can never apply; the feed serves the log.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "platform"))
class EventsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    private String create(String title) {
        return leaderOfA().body(note(SCHOOL_A, title)).post("/api/v1/notes").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCommittedChangeIsPublishedAsACloudEventKeyedBySchool() {
        String id = create("published note " + UUID.randomUUID());

        ConsumerRecord<String, String> record = await().atMost(DEADLINE).until(
                () -> find(NoteService.TOPIC, r -> r.value().contains(id)), r -> r != null);

        assertEquals(SCHOOL_A.toString(), record.key());
        JsonNode event = read(record.value());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("org.goldenthread.platform.note-written.v1", event.path("type").asText());
        assertEquals("/golden-thread/platform-test", event.path("source").asText());
        assertEquals(TRUST.toString(), event.path("trustid").asText());
        assertEquals(id, event.path("data").path("noteId").asText());
    }

    @Test
    void aRejectedChangeWritesNoEvent() {
        String title = "never written " + UUID.randomUUID();
        leaderOfA().body(note(SCHOOL_A, title).replace("\"pupils\":28", "\"pupils\":5000")).post("/api/v1/notes")
                .then().statusCode(400);
        Number count = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE data->>'title' = ?1").setParameter(1, title).getSingleResult());
        assertEquals(0, count.intValue());
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String id = create("delivered twice " + UUID.randomUUID());
        ConsumerRecord<String, String> original = await().atMost(DEADLINE).until(
                () -> find(NoteService.TOPIC, r -> r.value().contains(id)), r -> r != null);
        await().atMost(DEADLINE).until(() -> receivedCount(id) == 1);

        // the same event again, as a redelivery after a crash would bring it
        produce(NoteService.TOPIC, original.key(), original.value());
        String marker = create("after the duplicate " + UUID.randomUUID());
        await().atMost(DEADLINE).until(() -> receivedCount(marker) == 1);

        assertEquals(1, receivedCount(id));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithItsReasonAndTheRestFlows() {
        String unparseable = "{not json " + UUID.randomUUID();
        produce(NoteService.TOPIC, SCHOOL_A.toString(), unparseable);
        String poison = create("poison " + UUID.randomUUID());
        String healthy = create("healthy " + UUID.randomUUID());

        await().atMost(DEADLINE).until(() -> receivedCount(healthy) == 1);
        ConsumerRecord<String, String> deadParse = await().atMost(DEADLINE).until(
                () -> find(NoteService.TOPIC + ".dlq", r -> r.value().equals(unparseable)), r -> r != null);
        ConsumerRecord<String, String> deadPoison = await().atMost(DEADLINE).until(
                () -> find(NoteService.TOPIC + ".dlq", r -> r.value().contains(poison)), r -> r != null);

        assertTrue(header(deadParse, "dlq-reason").startsWith("not a CloudEvents JSON document"));
        assertEquals("title says poison", header(deadPoison, "dlq-reason"));
        assertEquals(NoteService.TOPIC, header(deadPoison, "dlq-original-topic"));
        assertEquals(0, receivedCount(poison));
    }

    @Test
    void aHandlerThatKeepsFailingIsDeadLetteredAfterItsAttempts() {
        String flaky = create("flaky " + UUID.randomUUID());
        ConsumerRecord<String, String> dead = await().atMost(DEADLINE).until(
                () -> find(NoteService.TOPIC + ".dlq", r -> r.value().contains(flaky)), r -> r != null);
        assertTrue(header(dead, "dlq-reason").startsWith("failed 3 times"), header(dead, "dlq-reason"));
    }

    @Test
    void theFeedServesTheCallersEventsInOrderWithACursor() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create("feed " + i + " " + UUID.randomUUID()));
        }
        String theirs = leaderOfB().body(note(SCHOOL_B, "school B " + UUID.randomUUID())).post("/api/v1/notes")
                .then().statusCode(201).extract().path("id");

        List<String> seen = await().atMost(DEADLINE).until(() -> feedNoteIds(PlatformTestSupport::leaderOfA), ids -> ids.containsAll(mine));
        assertEquals(mine, seen.stream().filter(mine::contains).toList());
        assertFalse(seen.contains(theirs), "school A's feed must not show school B's events");

        List<String> trustWide = feedNoteIds(() -> RestAssured.given().header("Authorization",
                "Bearer " + DevTokens.trustUser("ANALYTICS", TRUST)));
        assertTrue(trustWide.contains(theirs) && trustWide.containsAll(mine));
    }

    /** Follows the feed's next links until a page comes back empty (a fresh request each time: RestAssured keeps query params). */
    private List<String> feedNoteIds(java.util.function.Supplier<io.restassured.specification.RequestSpecification> caller) {
        List<String> ids = new ArrayList<>();
        String next = "/api/v1/notes/events?limit=2";
        for (int pages = 0; pages < 10_000; pages++) {
            io.restassured.response.Response page = caller.get().get(next);
            assertEquals(200, page.statusCode());
            List<String> items = page.jsonPath().getList("items.data.noteId");
            if (items.isEmpty()) {
                break;
            }
            ids.addAll(items);
            next = page.jsonPath().getString("next");
        }
        return ids;
    }

    private int receivedCount(String noteId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM received_note WHERE note_id = ?1")
                .setParameter(1, UUID.fromString(noteId)).getSingleResult()).intValue());
    }

    private ConsumerRecord<String, String> find(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> match) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            for (int polls = 0; polls < 20; polls++) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
                    if (match.test(r)) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private void produce(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
