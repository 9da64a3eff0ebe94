package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What tracking-service and monitoring-service publish, built as they build it and produced onto
 * the real topics with a plain Kafka producer: termly-results-published, finding-recorded,
 * finding-updated and finding-withdrawn CloudEvents, keyed by school. What a test sends as valid
 * is checked against the contract first, so the tests cannot drift from what producers may send.
 */
public final class Evidence {
    public static final String TRACKING = "tracking.events";
    public static final String MONITORING = "monitoring.events";
    public static final String RESULTS = "org.goldenthread.tracking.termly-results-published.v1";
    public static final String RECORDED = "org.goldenthread.monitoring.finding-recorded.v1";
    public static final String UPDATED = "org.goldenthread.monitoring.finding-updated.v1";
    public static final String WITHDRAWN = "org.goldenthread.monitoring.finding-withdrawn.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new LinkedHashMap<>();

    private final String bootstrap;
    private final UUID trust;
    private final UUID school;

    public Evidence(String bootstrap, UUID trust, UUID school) {
        this.bootstrap = bootstrap;
        this.trust = trust;
        this.school = school;
    }

    /** The same school's events from another school of another trust, or the like. */
    public Evidence of(UUID otherTrust, UUID otherSchool) {
        return new Evidence(bootstrap, otherTrust, otherSchool);
    }

    // ---------------------------------------------------------------- termly results

    /** A row with the school's exact figure for % at or above expected, and the published (rounded, suppressed) one. */
    public static Map<String, Object> row(int yearGroup, String subject, String pupilGroup, int cohort, double pctAtOrAboveExpected) {
        return row(yearGroup, subject, pupilGroup, cohort, figures(pctAtOrAboveExpected, null, null), true);
    }

    /** A row carrying only published figures, as the analytics feed may serve it. */
    public static Map<String, Object> publishedRow(int yearGroup, String subject, String pupilGroup, int cohort,
                                                   Double pctAtOrAboveExpected, Double averageScaledScore) {
        return row(yearGroup, subject, pupilGroup, cohort, figures(pctAtOrAboveExpected, averageScaledScore, null), false);
    }

    /** The exact figures: % at or above expected, average scaled score, disadvantaged gap (others null). */
    public static Map<String, Object> figures(Double pctAtOrAboveExpected, Double averageScaledScore, Double disadvantagedGap) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pctAtOrAboveExpected", pctAtOrAboveExpected);
        f.put("pctGreaterDepth", null);
        f.put("pctOnTrack", null);
        f.put("averageScaledScore", averageScaledScore);
        f.put("disadvantagedGap", disadvantagedGap);
        return f;
    }

    public static Map<String, Object> row(int yearGroup, String subject, String pupilGroup, int cohort,
                                          Map<String, Object> exact, boolean withExact) {
        boolean suppressed = cohort >= 1 && cohort <= 5;
        Map<String, Object> published = new LinkedHashMap<>();
        exact.forEach((name, value) -> published.put(name, suppressed || value == null ? null
                : BigDecimal.valueOf((Double) value).setScale(0, RoundingMode.HALF_UP).intValueExact()));
        published.put("suppressed", suppressed);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("yearGroup", yearGroup);
        row.put("subject", subject);
        row.put("pupilGroup", pupilGroup);
        row.put("cohort", cohort);
        if (withExact) {
            row.put("exact", exact);
        }
        row.put("published", published);
        return row;
    }

    public static Map<String, Object> resultsData(UUID trust, UUID school, String term, int version, List<Map<String, Object>> rows) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trustId", trust);
        data.put("schoolId", school);
        data.put("academicYear", "2026-27");
        data.put("term", term);
        data.put("version", version);
        data.put("snapshotId", UUID.randomUUID());
        data.put("publishedAt", now());
        data.put("results", rows);
        return data;
    }

    /** Publishes a term's results (spring 2026-27 and the like); returns the event id. */
    public UUID publish(String term, int version, List<Map<String, Object>> rows) {
        return send(TRACKING, RESULTS, "schools/" + school + "/termly-results/2026-27/" + term,
                resultsData(trust, school, term, version, rows), UUID.randomUUID());
    }

    // ---------------------------------------------------------------- findings

    /** A finding as monitoring-service publishes it; {@code linked} are the plan milestones it is evidence for. */
    public Map<String, Object> finding(UUID findingId, int revision, String activityType, String term, String observedOn,
                                       List<String> focusTags, int judgement, List<?> linked) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trustId", trust);
        data.put("schoolId", school);
        data.put("findingId", findingId);
        data.put("revision", revision);
        data.put("activityId", UUID.nameUUIDFromBytes(("activity " + findingId).getBytes()));
        data.put("activityType", activityType);
        data.put("academicYear", "2026-27");
        data.put("term", term);
        data.put("observedOn", observedOn);
        data.put("subject", "Writing");
        data.put("yearGroups", List.of(4));
        data.put("focusTags", focusTags);
        data.put("kind", judgement <= 2 ? "STRENGTH" : "AREA_FOR_DEVELOPMENT");
        data.put("statement", judgement <= 2
                ? "Pupils act on the next steps in most Year 4 books; edits improve sentence punctuation in later pieces."
                : "Next steps are written in every Year 4 book sampled but pupils respond to them in fewer than half.");
        data.put("judgement", judgement);
        data.put("judgementMeaning", judgementMeaning(judgement));
        data.put("linkedMilestoneIds", linked);
        data.put("followsUpFindingId", null);
        data.put("followUpOutcome", null);
        data.put("evidenceCount", 3);
        return data;
    }

    public UUID record(Map<String, Object> finding) {
        return send(MONITORING, RECORDED, "schools/" + school + "/findings/" + finding.get("findingId"), finding, UUID.randomUUID());
    }

    public UUID update(Map<String, Object> finding) {
        return send(MONITORING, UPDATED, "schools/" + school + "/findings/" + finding.get("findingId"), finding, UUID.randomUUID());
    }

    public UUID withdraw(UUID findingId, int revision, List<?> linked, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trustId", trust);
        data.put("schoolId", school);
        data.put("findingId", findingId);
        data.put("revision", revision);
        data.put("activityId", UUID.nameUUIDFromBytes(("activity " + findingId).getBytes()));
        data.put("linkedMilestoneIds", linked);
        data.put("reason", reason);
        data.put("withdrawnAt", now());
        return send(MONITORING, WITHDRAWN, "schools/" + school + "/findings/" + findingId, data, UUID.randomUUID());
    }

    // ---------------------------------------------------------------- the wire

    /** Sends a valid event (checked against the contract first) with this id; returns the id. */
    public UUID send(String topic, String type, String subject, Object data, UUID id) {
        ObjectNode event = envelope(type, subject, data, id);
        Contracts.assertValid(event);
        produce(topic, school.toString(), event.toString());
        return id;
    }

    /** Sends an event as it is, valid or not (a poison event, say). */
    public UUID sendUnchecked(String topic, String type, String subject, Object data, UUID id) {
        produce(topic, school.toString(), envelope(type, subject, data, id).toString());
        return id;
    }

    public ObjectNode envelope(String type, String subject, Object data, UUID id) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", type.contains(".tracking.") ? "/golden-thread/tracking-service" : "/golden-thread/monitoring-service");
        event.put("type", type);
        event.put("time", now());
        event.put("datacontenttype", "application/json");
        event.put("subject", subject);
        event.put("trustid", trust.toString());
        event.put("schoolid", school.toString());
        event.set("data", JSON.valueToTree(data));
        return event;
    }

    /** Produces a record and waits for the broker's acknowledgement. */
    public void produce(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    /** The first record of a topic (from its start) that matches, or null after a few seconds of polling. */
    public ConsumerRecord<String, String> find(String topic, Predicate<ConsumerRecord<String, String>> match) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "plans-test-reader-" + UUID.randomUUID());
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

    private synchronized KafkaProducer<String, String> producer() {
        return PRODUCERS.computeIfAbsent(bootstrap, servers -> {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            return new KafkaProducer<>(p);
        });
    }

    // ---------------------------------------------------------------- contracts

    /** The contract's words for a judgement (the finding schemas pair each judgement with its meaning). */
    static String judgementMeaning(int judgement) {
        return schema(RECORDED).path("properties").path("judgementMeaning").path("enum").path(judgement - 1).asText();
    }

    static JsonNode schema(String type) {
        return resource("contracts/events/" + type + ".schema.json");
    }

    static JsonNode example(String type) {
        return resource("contracts/events/examples/" + type + ".json");
    }

    private static JsonNode resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath (org.goldenthread:contracts)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** Rows for the classic Year 4 writing picture: all pupils, disadvantaged and the rest. */
    public static List<Map<String, Object>> year4Writing(double disadvantaged) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(4, "WRITING", "ALL", 90, 75.6));
        rows.add(row(4, "WRITING", "DISADVANTAGED", 28, figures(disadvantaged, null, disadvantaged - 79.0), true));
        rows.add(row(4, "WRITING", "NOT_DISADVANTAGED", 62, 79.0));
        return rows;
    }
}
