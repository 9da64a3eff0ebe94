package org.goldenthread.bench.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.bench.Args;
import org.goldenthread.bench.Durations;
import org.goldenthread.bench.LatencyRecorder;
import org.goldenthread.bench.LatencySummary;

/**
 * Issue 7: the golden thread's latency. One school with a Year 4 cohort and a TRACKING milestone whose target sits
 * between two states; before each publish one pupil's writing assessment is changed through the API so that the
 * percentage at or above expected crosses the target, then the school leader publishes the spring results, and the
 * time from the publish response to the {@code milestone-status-changed} event being visible in the plans feed
 * ({@code /api/v1/plans/events?type=...&after=<cursor>}, polled tightly) is recorded. After each publish, one bare
 * Kafka produce&rarr;consume round trip on the same broker is recorded for comparison. Aim: p95 &le; 500 ms.
 */
public final class PublishLatencyScenario implements Scenario {

    static final String YEAR = "2026-27";
    static final String TERM = "SPRING";
    static final String TYPE = "org.goldenthread.plans.milestone-status-changed.v1";

    public static void main(String[] args) {
        Scenarios.main("publish-latency", args);
    }

    @Override
    public String name() {
        return "publish-latency";
    }

    @Override
    public String summary() {
        return "publish -> milestone-status-changed visible in the plans feed over >= 500 publishes, beside a bare "
                + "Kafka round trip; aim p95 <= 500 ms";
    }

    @Override
    public String optionsHelp() {
        return """
                      --publishes N          measured publishes, default 500;  --warmup-publishes N  default 20
                      --cohort N             Year 4 pupils, default 20 (half at the expected standard)
                      --poll-interval D      pause between feed polls, default 5ms;  --visible-timeout D  default 60s
                      --feed gateway|direct  poll the feed through the gateway (ANALYTICS client, default) or straight
                                             at plans-service (internal token)
                      --aim-p95 D            default 500ms
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("publishes", "warmup-publishes", "cohort", "poll-interval", "visible-timeout", "feed", "aim-p95");
    }

    @Override
    public void validate(Args a) {
        if (a.getInt("publishes", 500) < 1 || a.getInt("warmup-publishes", 20) < 0) {
            throw new IllegalArgumentException("--publishes must be >= 1 and --warmup-publishes >= 0");
        }
        if (a.getInt("cohort", 20) < 2) {
            throw new IllegalArgumentException("--cohort must be >= 2");
        }
        if (!Set.of("gateway", "direct").contains(a.get("feed", "gateway"))) {
            throw new IllegalArgumentException("--feed must be gateway or direct");
        }
        a.getDuration("poll-interval", Duration.ZERO);
        a.getDuration("visible-timeout", Duration.ZERO);
        a.getDuration("aim-p95", Duration.ZERO);
    }

    @Override
    public void run(Args a, BenchSystem system, Report report, Progress progress) throws Exception {
        int publishes = a.getInt("publishes", 500);
        int warmups = a.getInt("warmup-publishes", 20);
        int cohort = a.getInt("cohort", 20);
        Duration poll = a.getDuration("poll-interval", Duration.ofMillis(5));
        Duration visibleTimeout = a.getDuration("visible-timeout", Duration.ofSeconds(60));
        boolean viaGateway = a.get("feed", "gateway").equals("gateway");

        Api gateway = new Api(system.gateway());
        Organisation org = new Organisation(gateway, system.adminToken(gateway).value());
        Organisation.Trust trust = org.trust("Bench Golden Thread Trust", 1, 720_001);
        UUID school = trust.school(0).id();
        String leader = org.user(trust, "head@thread-school.bench", "SCHOOL_LEADER", List.of(school));
        Organisation.Client analytics = org.client(trust, "Analytics", "ANALYTICS", null);

        try (RenewingToken leaderToken = new RenewingToken("leader", () -> gateway.userToken(leader, Organisation.PASSWORD));
             RenewingToken feedToken = viaGateway
                     ? new RenewingToken("analytics", () -> gateway.clientToken(analytics.clientId(), analytics.secret()))
                     : system.internalToken("client:" + analytics.clientId(), List.of("ANALYTICS"), trust.id(), List.of());
             KafkaRoundTrip kafka = new KafkaRoundTrip(system.kafkaBootstrapServers())) {
            Api feedApi = viaGateway ? gateway : new Api(system.service("plans"));

            // A Year 4 cohort: the first half at the expected standard in writing this spring
            int expected = cohort / 2;
            List<MisFiles.Pupil> pupils = MisFiles.pupils(List.of(school), cohort, new int[] {4}, YEAR, 1, 7L);
            ImportScenario.importFile(gateway, leaderToken, MisFiles.pupilsCsv(pupils), Duration.ofMillis(50),
                    Duration.ofMinutes(2));
            ImportScenario.importFile(gateway, leaderToken, MisFiles.assessmentsCsv(pupils, YEAR, List.of(TERM),
                    List.of("WRITING"), (p, t, s) -> p < expected ? "EXS" : "WTS"), Duration.ofMillis(50),
                    Duration.ofMinutes(2));
            BigDecimal high = percent(expected, cohort);
            BigDecimal low = percent(expected - 1, cohort);
            BigDecimal target = high.add(low).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
            UUID milestone = milestone(gateway, leaderToken.get(), school, target);
            progress.say("Year 4 cohort of " + cohort + " (" + expected + " at EXS in writing, " + high + "%); milestone "
                    + milestone + ": >= " + target + "% at or above expected in writing by spring " + YEAR);

            String flipUpn = pupils.get(0).upn();
            UUID pupil = pupilId(gateway, leaderToken.get(), school, flipUpn);
            String assessment = "/api/v1/pupils/" + pupil + "/assessments/" + YEAR + "/" + TERM + "/WRITING/TEACHER_ASSESSMENT";
            String etag = gateway.get(assessment, leaderToken.get()).expect(200).header("ETag");

            Feed feed = new Feed(feedApi, feedToken, milestone, poll, visibleTimeout);
            feed.skipToEnd();
            String publishPath = "/api/v1/schools/" + school + "/termly-results/" + YEAR + "/" + TERM + "/publish";
            // the first publish takes the milestone from NOT_DUE to MET; not measured
            gateway.post(publishPath, leaderToken.get(), Map.of()).expect(201);
            JsonNode first = feed.awaitStatus("MET", high);

            LatencyRecorder visible = new LatencyRecorder("publish response -> milestone-status-changed in the feed");
            LatencyRecorder publishCall = new LatencyRecorder("publish request (POST to 201)");
            LatencyRecorder endToEnd = new LatencyRecorder("publish sent -> milestone-status-changed in the feed");
            LatencyRecorder bareKafka = new LatencyRecorder("bare Kafka produce -> consume");
            boolean atExpected = true;
            progress.say("publishing " + (warmups + publishes) + " times (" + warmups + " warm-up), each flipping the "
                    + "milestone; a bare Kafka round trip after each");
            for (int i = 0; i < warmups + publishes; i++) {
                atExpected = !atExpected;
                Api.Reply changed = gateway.put(assessment, leaderToken.get(),
                        Map.of("judgement", atExpected ? "EXS" : "WTS"), Map.of("If-Match", etag)).expect(200, 201);
                etag = changed.header("ETag");
                long sent = System.nanoTime();
                gateway.post(publishPath, leaderToken.get(), Map.of()).expect(201);
                long answered = System.nanoTime();
                feed.awaitStatus(atExpected ? "MET" : "NOT_MET", atExpected ? high : low);
                long seen = System.nanoTime();
                long kafkaNanos = kafka.once(Duration.ofSeconds(30));
                if (i >= warmups) {
                    visible.recordNanos(seen - answered);
                    publishCall.recordNanos(answered - sent);
                    endToEnd.recordNanos(seen - sent);
                    bareKafka.recordNanos(kafkaNanos);
                }
                if ((i + 1) % 50 == 0) {
                    progress.say("  " + (i + 1) + " publishes; " + visible.report());
                }
            }

            report.line("cohort:        one school, " + cohort + " Year 4 pupils, " + expected + " at EXS in writing ("
                    + high + "%), one pupil flipped EXS <-> WTS (" + high + "% <-> " + low + "%) before each publish");
            report.line("milestone:     TRACKING writing, Year 4, all pupils, % at or above expected AT_LEAST " + target
                    + ", due spring " + YEAR + " (MET <-> NOT_MET on every publish)");
            report.line("feed:          " + (viaGateway ? "through the gateway as an ANALYTICS client" : "straight at plans-service")
                    + ", polled every " + Durations.format(poll) + " after each publish response");
            report.line("example event: " + first.path("data").path("explanation").asText());
            report.section("publish -> milestone-status-changed visible in the plans feed", String.join("\n",
                    visible.report(), "  " + visible.summary().toLine(), endToEnd.report(), publishCall.report(), ""));
            report.section("bare Kafka produce -> consume on the same broker (one after each publish)",
                    bareKafka.report() + "\n  " + bareKafka.summary().toLine() + "\n");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("publishes", publishes);
            m.put("warmupPublishes", warmups);
            m.put("publishToVisibleMs", visible.summary().toMap());
            m.put("publishRequestMs", publishCall.summary().toMap());
            m.put("sentToVisibleMs", endToEnd.summary().toMap());
            m.put("bareKafkaRoundTripMs", bareKafka.summary().toMap());
            m.put("feed", viaGateway ? "gateway" : "direct");
            m.put("pollIntervalMs", poll.toMillis());
            report.put("publishLatency", m);
            Duration aim = a.getDuration("aim-p95", Duration.ofMillis(500));
            double p95 = visible.summary().p95Ms();
            report.aim("publish -> visible p95 <= " + Durations.format(aim), p95 <= aim.toNanos() / 1e6,
                    String.format(Locale.ROOT, "p95 %s ms over %d publishes; bare Kafka p95 %s ms",
                            LatencySummary.ms(p95), visible.count(), LatencySummary.ms(bareKafka.summary().p95Ms())));
        }
    }

    static BigDecimal percent(int count, int of) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    private static UUID milestone(Api api, String token, UUID school, BigDecimal target) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("schoolId", school.toString());
        plan.put("title", "School improvement plan " + YEAR);
        plan.put("academicYear", YEAR);
        plan.put("layer", "STRATEGIC");
        String planId = api.post("/api/v1/plans", token, plan).expect(201).json().path("id").asText();
        String priorityId = api.post("/api/v1/plans/" + planId + "/priorities", token, Map.of(
                "title", "Raise attainment in writing", "area", "QUALITY_OF_EDUCATION")).expect(201).json().path("id").asText();
        String objectiveId = api.post("/api/v1/priorities/" + priorityId + "/objectives", token, Map.of(
                "title", "Year 4 pupils write at the expected standard",
                "successCriterion", "At least " + target + "% of Year 4 at or above expected in writing by spring"))
                .expect(201).json().path("id").asText();
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("title", "Weekly modelled writing in Year 4");
        action.put("objectiveId", objectiveId);
        action.put("lead", "English lead");
        action.put("startDate", "2026-09-07");
        action.put("dueDate", "2027-03-26");
        String actionId = api.post("/api/v1/priorities/" + priorityId + "/actions", token, action).expect(201).json()
                .path("id").asText();
        Map<String, Object> measure = Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(4),
                "pupilGroup", "ALL", "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", target);
        return UUID.fromString(api.post("/api/v1/actions/" + actionId + "/milestones", token, Map.of(
                "title", "At least " + target + "% of Year 4 at or above expected in writing by spring",
                "academicYear", YEAR, "term", TERM, "dueDate", "2027-03-26", "measure", measure))
                .expect(201).json().path("id").asText());
    }

    private static UUID pupilId(Api api, String token, UUID school, String upn) {
        JsonNode page = api.get("/api/v1/schools/" + school + "/pupils?yearGroup=4&limit=500", token).expect(200).json();
        for (JsonNode p : page.path("items")) {
            if (upn.equals(p.path("upn").asText())) {
                return UUID.fromString(p.path("id").asText());
            }
        }
        throw new ScenarioFailed("pupil " + upn + " is not in the school's Year 4 list");
    }

    /** The plans feed of milestone-status-changed events, read from a cursor onwards. */
    static final class Feed {
        private final Api api;
        private final RenewingToken token;
        private final String milestone;
        private final Duration poll;
        private final Duration timeout;
        private String next;

        Feed(Api api, RenewingToken token, UUID milestone, Duration poll, Duration timeout) {
            this.api = api;
            this.token = token;
            this.milestone = milestone.toString();
            this.poll = poll;
            this.timeout = timeout;
            this.next = "/api/v1/plans/events?type=" + TYPE + "&limit=100";
        }

        /** Moves the cursor past everything already in the feed. */
        void skipToEnd() {
            while (!page().isEmpty()) {
                // keep reading
            }
        }

        private List<JsonNode> page() {
            JsonNode page = api.get(next, token.get()).expect(200).json();
            List<JsonNode> items = new ArrayList<>();
            page.path("items").forEach(items::add);
            String link = page.path("next").asText(null);
            if (link != null && !link.isEmpty()) {
                next = link;
            }
            return items;
        }

        /**
         * Polls until this milestone's next status change appears; it must be {@code status} with {@code observed}
         * (anything else means the measurement would pair the wrong event with the publish).
         */
        JsonNode awaitStatus(String status, BigDecimal observed) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (JsonNode event : page()) {
                    JsonNode data = event.path("data");
                    if (!milestone.equals(data.path("milestoneId").asText())) {
                        continue;
                    }
                    BigDecimal value = data.path("observedValue").decimalValue();
                    if (!status.equals(data.path("status").asText()) || value.compareTo(observed) != 0) {
                        throw new ScenarioFailed("expected the milestone to become " + status + " at " + observed
                                + "% but the feed shows " + data.path("status").asText() + " at " + value + ": "
                                + data.path("explanation").asText());
                    }
                    return event;
                }
                ImportScenario.sleep(poll);
            }
            throw new ScenarioFailed("no " + status + " milestone-status-changed in the feed within " + Durations.format(timeout));
        }
    }
}
