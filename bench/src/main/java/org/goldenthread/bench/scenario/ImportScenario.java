package org.goldenthread.bench.scenario;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.bench.Args;
import org.goldenthread.bench.Durations;
import org.goldenthread.bench.Reports;
import org.goldenthread.bench.Throughput;
import org.postgresql.PGConnection;

/**
 * Issue 5: a 50-school trust's pupils imported first, then a 300,000-row assessment CSV (1,000 pupils a school × 3
 * subjects × 2 terms) imported end to end through the gateway as an MIS client — from the POST until the job is seen
 * SUCCEEDED — side by side with a plain PostgreSQL {@code COPY} of the same bytes into a bare table on the same
 * server (aims: &ge; 20,000 rows/s and import/COPY &ge; 0.25); then the trust leader publishes termly results for all
 * 50 schools (aim &le; 5 s).
 */
public final class ImportScenario implements Scenario {

    private static final Set<String> SUBJECTS = Set.of("READING", "WRITING", "MATHS", "GPS", "SCIENCE");
    private static final List<String> TERMS = List.of("AUTUMN", "SPRING", "SUMMER");

    public static void main(String[] args) {
        Scenarios.main("import", args);
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "a 300,000-row assessment CSV for a 50-school trust through the gateway vs a bare COPY (aims >= 20,000 "
                + "rows/s, ratio >= 0.25); then publish all 50 schools' termly results (aim <= 5 s)";
    }

    @Override
    public String optionsHelp() {
        return """
                      --schools N            default 50;  --pupils-per-school N  default 1000 (years 1-6)
                      --subjects LIST        default READING,WRITING,MATHS;  --terms LIST  default AUTUMN,SPRING
                      --academic-year Y      default 2026-27;  --publish-term T  default the last of --terms
                      --poll-interval D      how often the job is polled, default 50ms;  --job-timeout D  default 10m
                      --aim-rows-per-second N  default 20000;  --aim-ratio R  default 0.25;  --aim-publish D  default 5s
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("schools", "pupils-per-school", "subjects", "terms", "academic-year", "publish-term",
                "poll-interval", "job-timeout", "aim-rows-per-second", "aim-ratio", "aim-publish");
    }

    @Override
    public void validate(Args a) {
        if (a.getInt("schools", 50) < 1 || a.getInt("pupils-per-school", 1000) < 1) {
            throw new IllegalArgumentException("--schools and --pupils-per-school must be >= 1");
        }
        for (String s : subjects(a)) {
            if (!SUBJECTS.contains(s)) {
                throw new IllegalArgumentException("--subjects: '" + s + "' is not one of " + SUBJECTS);
            }
        }
        for (String t : terms(a)) {
            if (!TERMS.contains(t)) {
                throw new IllegalArgumentException("--terms: '" + t + "' is not one of " + TERMS);
            }
        }
        if (!terms(a).contains(publishTerm(a))) {
            throw new IllegalArgumentException("--publish-term must be one of --terms");
        }
        if (!a.get("academic-year", "2026-27").matches("[0-9]{4}-[0-9]{2}")) {
            throw new IllegalArgumentException("--academic-year must look like 2026-27");
        }
    }

    private static List<String> subjects(Args a) {
        return list(a.get("subjects", "READING,WRITING,MATHS"));
    }

    private static List<String> terms(Args a) {
        return list(a.get("terms", "AUTUMN,SPRING"));
    }

    private static String publishTerm(Args a) {
        List<String> terms = terms(a);
        return a.get("publish-term", terms.get(terms.size() - 1)).toUpperCase(Locale.ROOT);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    @Override
    public void run(Args a, BenchSystem system, Report report, Progress progress) throws Exception {
        int schools = a.getInt("schools", 50);
        int perSchool = a.getInt("pupils-per-school", 1000);
        List<String> subjects = subjects(a);
        List<String> terms = terms(a);
        String year = a.get("academic-year", "2026-27");
        Duration poll = a.getDuration("poll-interval", Duration.ofMillis(50));
        Duration jobTimeout = a.getDuration("job-timeout", Duration.ofMinutes(10));

        Api gateway = new Api(system.gateway());
        Organisation org = new Organisation(gateway, system.adminToken(gateway).value());
        progress.say("registering a trust with " + schools + " schools, a trust leader and an MIS client");
        Organisation.Trust trust = org.trust("Bench Import Trust", schools, 710_001);
        String leader = org.user(trust, "ceo@import-trust.bench", "TRUST_LEADER", List.of());
        Organisation.Client mis = org.client(trust, "MIS (all schools)", "MIS_INTEGRATION", trust.schoolIds());
        try (RenewingToken misToken = new RenewingToken("mis", () -> gateway.clientToken(mis.clientId(), mis.secret()));
             RenewingToken leaderToken = new RenewingToken("leader", () -> gateway.userToken(leader, Organisation.PASSWORD))) {

            List<MisFiles.Pupil> pupils = MisFiles.pupils(trust.schoolIds(), perSchool, new int[] {1, 2, 3, 4, 5, 6},
                    year, 1, 20261124L);
            byte[] pupilsCsv = MisFiles.pupilsCsv(pupils);
            progress.say(String.format(Locale.ROOT, "importing %,d pupils (%.1f MB CSV)", pupils.size(), pupilsCsv.length / 1e6));
            Job pupilJob = importFile(gateway, misToken, pupilsCsv, poll, jobTimeout);
            if (pupilJob.json().path("rowsApplied").asInt() != pupils.size()) {
                throw new ScenarioFailed("the pupils import applied " + pupilJob.json().path("rowsApplied") + " rows of "
                        + pupils.size() + ": " + Api.abbreviate(pupilJob.json().toString()));
            }
            Throughput pupilRate = Throughput.of(pupils.size(), pupilJob.elapsed(), "rows");
            report.section("pupils imported first (so that the assessment file is valid)", pupilRate + "\n"
                    + pupilJob.describe() + "\n");
            report.put("pupilsImport", Map.of("throughput", pupilRate.toMap(), "job", pupilJob.timings()));
            Duration drained = awaitOutboxDrained(system, progress);
            progress.say("tracking outbox empty (" + Durations.format(drained) + ")");

            byte[] csv = MisFiles.assessmentsCsv(pupils, year, terms, subjects, MisFiles.typical(7));
            long rows = (long) pupils.size() * terms.size() * subjects.size();
            progress.say(String.format(Locale.ROOT, "importing %,d assessment rows (%d schools x %d pupils x %d subjects x "
                    + "%d terms, %.1f MB CSV) through the gateway as the MIS client", rows, schools, perSchool,
                    subjects.size(), terms.size(), csv.length / 1e6));
            Job job = importFile(gateway, misToken, csv, poll, jobTimeout);
            int applied = job.json().path("assessmentsApplied").asInt();
            if (applied != rows) {
                throw new ScenarioFailed("the assessment import applied " + applied + " of " + rows + " rows: "
                        + Api.abbreviate(job.json().toString()));
            }
            Throughput importRate = Throughput.of(rows, job.elapsed(), "rows");
            progress.say("import: " + importRate);

            progress.say("waiting for the outbox relay to put the assessment-recorded events on Kafka");
            long events = unpublished(system);
            Duration relay = awaitOutboxDrained(system, progress);
            progress.say(String.format(Locale.ROOT, "relay: %,d events on Kafka %s after the job was seen SUCCEEDED",
                    events, Durations.format(relay)));

            progress.say("bare COPY of the same bytes into an unindexed table in the tracking database");
            Throughput copyRate = bareCopy(system, csv, rows);
            progress.say("COPY: " + copyRate);
            double ratio = importRate.ratioTo(copyRate);

            report.section("assessment import, end to end (POST through the gateway until the job is seen SUCCEEDED)",
                    importRate + "\n" + job.describe() + "\n"
                            + String.format(Locale.ROOT, "file: %,d rows, %,d bytes (%d schools x %d pupils x %s x %s)%n",
                                    rows, csv.length, schools, perSchool, subjects, terms)
                            + String.format(Locale.ROOT, "then the outbox relay needed %s to put %,d outbox events on "
                                    + "Kafka (not in the import time)%n", Durations.format(relay), events));
            report.section("bare PostgreSQL COPY of the same bytes (same server, unindexed table, no events)",
                    copyRate + "\n");
            report.line(String.format(Locale.ROOT, "ratio import / COPY: %s", Reports.ratio(ratio)));
            Map<String, Object> imp = new LinkedHashMap<>();
            imp.put("rows", rows);
            imp.put("bytes", csv.length);
            imp.put("import", importRate.toMap());
            imp.put("job", job.timings());
            imp.put("bareCopy", copyRate.toMap());
            imp.put("ratio", Reports.round3(ratio));
            imp.put("relaySecondsAfterSucceeded", Reports.round3(relay.toNanos() / 1e9));
            imp.put("relayEvents", events);
            report.put("assessmentImport", imp);
            double aimRate = a.getDouble("aim-rows-per-second", 20_000);
            double aimRatio = a.getDouble("aim-ratio", 0.25);
            report.aim(String.format(Locale.ROOT, "import >= %s rows/s", Reports.rate(aimRate)),
                    importRate.perSecond() >= aimRate, String.format(Locale.ROOT, "%.0f rows/s", importRate.perSecond()));
            report.aim(String.format(Locale.ROOT, "import / bare COPY >= %s", Reports.ratio(aimRatio)), ratio >= aimRatio,
                    String.format(Locale.ROOT, "%.0f / %.0f rows/s = %s", importRate.perSecond(), copyRate.perSecond(),
                            Reports.ratio(ratio)));

            String term = publishTerm(a);
            String path = "/api/v1/trusts/" + trust.id() + "/termly-results/" + year + "/" + term + "/publish";
            progress.say("publishing " + term + " " + year + " for every school as the trust leader");
            long started = System.nanoTime();
            Api.Reply published = gateway.post(path, leaderToken.get(), Map.of());
            Duration publish = Duration.ofNanos(System.nanoTime() - started);
            published.expect(200);
            JsonNode list = published.json();
            long created = 0;
            for (JsonNode p : list) {
                created += p.path("created").asBoolean() ? 1 : 0;
            }
            if (list.size() != schools || created != schools) {
                throw new ScenarioFailed("the trust publish answered " + list.size() + " schools, " + created
                        + " newly published; expected " + schools + ": " + Api.abbreviate(published.body()));
            }
            report.section("termly results published for the whole trust (POST .../trusts/{id}/termly-results/" + year
                    + "/" + term + "/publish through the gateway)", String.format(Locale.ROOT,
                    "%d schools, each a new version with its termly-results-published event, in %s%n", created,
                    Durations.format(publish)));
            report.put("publish", Map.of("schools", created, "seconds", Reports.round3(publish.toNanos() / 1e9)));
            Duration aimPublish = a.getDuration("aim-publish", Duration.ofSeconds(5));
            report.aim("publish " + schools + " schools <= " + Durations.format(aimPublish),
                    publish.compareTo(aimPublish) <= 0, Durations.format(publish));
        }
    }

    /** An import job seen through: its final JSON and how long from the POST until SUCCEEDED was seen. */
    record Job(JsonNode json, Duration accepted, Duration elapsed) {

        Map<String, Object> timings() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("elapsedSeconds", Reports.round3(elapsed.toNanos() / 1e9));
            m.put("acceptedSeconds", Reports.round3(accepted.toNanos() / 1e9));
            // as the service records them (database transaction times), for reference only
            m.put("createdAt", json.path("createdAt").asText(null));
            m.put("startedAt", json.path("startedAt").asText(null));
            m.put("finishedAt", json.path("finishedAt").asText(null));
            return m;
        }

        String describe() {
            return String.format(Locale.ROOT, "POST to SUCCEEDED seen: %s (202 Accepted after %s, then polled every "
                    + "few tens of ms)", Durations.format(elapsed), Durations.format(accepted));
        }
    }

    /** POSTs a CSV and polls its job until SUCCEEDED; the time runs from just before the POST. */
    static Job importFile(Api gateway, RenewingToken token, byte[] csv, Duration poll, Duration timeout) {
        long started = System.nanoTime();
        Api.Reply accepted = gateway.send("POST", "/api/v1/imports", token.get(), csv, "text/csv", Map.of()).expect(202);
        Duration acceptedAfter = Duration.ofNanos(System.nanoTime() - started);
        String location = accepted.header("Location");
        if (location == null) {
            throw new ScenarioFailed("the import answered 202 without a Location");
        }
        String path = location.startsWith("http") ? java.net.URI.create(location).getPath() : location;
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = gateway.get(path, token.get()).expect(200).json();
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                return new Job(job, acceptedAfter, Duration.ofNanos(System.nanoTime() - started));
            }
            if (status.equals("FAILED")) {
                throw new ScenarioFailed("the import failed: " + Api.abbreviate(job.toString()));
            }
            sleep(poll);
        }
        throw new ScenarioFailed("the import was not done after " + Durations.format(timeout));
    }

    private static long unpublished(BenchSystem system) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl("tracking"), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until the tracking outbox has nothing left to publish; returns how long that took. */
    private static Duration awaitOutboxDrained(BenchSystem system, Progress progress) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(10).toNanos();
        long lastSaid = started;
        while (System.nanoTime() < deadline) {
            long left = unpublished(system);
            if (left == 0) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() - lastSaid > 10_000_000_000L) {
                progress.say(String.format(Locale.ROOT, "  %,d events still to publish", left));
                lastSaid = System.nanoTime();
            }
            sleep(Duration.ofMillis(200));
        }
        throw new ScenarioFailed("the tracking outbox still had events to publish after 10 minutes");
    }

    /** COPY of {@code csv} into a new unindexed table of the same columns; the table is dropped afterwards. */
    static Throughput bareCopy(BenchSystem system, byte[] csv, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl("tracking"), "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_bare_copy");
                s.execute("CREATE TABLE bench_bare_copy (school_id uuid, upn text, academic_year text, term text, "
                        + "subject text, source text, judgement text)");
            }
            try {
                long started = System.nanoTime();
                long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_bare_copy FROM STDIN (FORMAT csv, HEADER true)", new ByteArrayInputStream(csv));
                Throughput t = Throughput.since(started, copied, "rows");
                if (copied != rows) {
                    throw new ScenarioFailed("COPY took " + copied + " rows, expected " + rows);
                }
                return t;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_bare_copy");
                }
            }
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailed("interrupted");
        }
    }
}
