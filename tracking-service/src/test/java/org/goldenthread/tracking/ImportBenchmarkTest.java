package org.goldenthread.tracking;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.tracking.domain.Upn;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark of issue 5 (opt-in: {@code -Dtracking.benchmark=true}): a 300,000-row assessment
 * CSV for a 50-school trust imported end to end through the API (POST to SUCCEEDED), side by side
 * with a plain COPY of the same rows into a bare table on the same database; then every school's
 * termly results published in one call. Figures go to the log and to bench/README.md.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
@EnabledIfSystemProperty(named = "tracking.benchmark", matches = "true")
class ImportBenchmarkTest {
    private static final Logger LOG = Logger.getLogger(ImportBenchmarkTest.class);
    private static final int SCHOOLS = 50;
    private static final int PUPILS_PER_SCHOOL = 400;
    private static final String[] SUBJECTS = {"READING", "WRITING", "MATHS", "GPS", "SCIENCE"};
    private static final String[] TERMS = {"AUTUMN", "SPRING", "SUMMER"};
    private static final String[] JUDGEMENTS = {"WTS", "EXS", "EXS", "GDS"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void threeHundredThousandRowsForFiftySchools() throws Exception {
        Fixtures.Trust trust = Fixtures.trust(SCHOOLS);
        Random random = new Random(2026);
        List<List<String>> upns = new ArrayList<>();
        StringBuilder pupils = new StringBuilder("schoolId,upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n");
        for (int s = 0; s < SCHOOLS; s++) {
            List<String> mine = new ArrayList<>();
            for (int p = 0; p < PUPILS_PER_SCHOOL; p++) {
                String upn = Upn.withCheckLetter(String.format("850%04d%02d%03d", 2000 + s, 10 + p / 1000, p % 1000));
                mine.add(upn);
                pupils.append(trust.school(s)).append(',').append(upn).append(",Ava,Smith,2016-05-0").append(1 + p % 9).append(',')
                        .append(p % 2 == 0 ? 'F' : 'M').append(',').append(p % 7).append(',').append(p % 4 == 0).append('\n');
            }
            upns.add(mine);
        }
        String mis = trust.mis(trust.schools());
        Response pupilJob = Fixtures.importAndWait(mis, "text/csv", pupils.toString(), null);
        assertEquals("SUCCEEDED", pupilJob.jsonPath().getString("status"), pupilJob.asString());

        StringBuilder csv = new StringBuilder(40_000_000).append("schoolId,upn,academicYear,term,subject,source,judgement,scaledScore,yearGroup\n");
        int rows = 0;
        for (int s = 0; s < SCHOOLS; s++) {
            for (int p = 0; p < PUPILS_PER_SCHOOL; p++) {
                int yearGroup = p % 7;
                for (String term : TERMS) {
                    for (String subject : SUBJECTS) {
                        csv.append(trust.school(s)).append(',').append(upns.get(s).get(p)).append(",2025-26,").append(term).append(',')
                                .append(subject).append(",TEACHER_ASSESSMENT,").append(JUDGEMENTS[random.nextInt(4)]).append(",,")
                                .append(yearGroup).append('\n');
                        rows++;
                    }
                }
            }
        }
        String body = csv.toString();
        LOG.infof("benchmark file: %d rows, %.1f MB", rows, body.length() / 1e6);

        long started = System.nanoTime();
        Response job = Fixtures.importAndWait(mis, "text/csv", body, null);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals(rows, job.jsonPath().getInt("rowsApplied"));

        double copySeconds;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TEMP TABLE bare_assessment (school_id uuid, upn text, academic_year text, term text, subject text,
                        source text, judgement text, scaled_score integer, year_group integer)""");
            long copyStarted = System.nanoTime();
            long copied = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bare_assessment FROM STDIN (FORMAT csv, HEADER true)", new StringReader(body));
            copySeconds = (System.nanoTime() - copyStarted) / 1e9;
            assertEquals(rows, copied);
            st.execute("DROP TABLE bare_assessment");
        }
        double importRate = rows / importSeconds;
        double copyRate = rows / copySeconds;
        LOG.infof("BENCHMARK import: %d rows in %.2f s = %.0f rows/s; bare COPY %.2f s = %.0f rows/s; ratio %.3f",
                rows, importSeconds, importRate, copySeconds, copyRate, importRate / copyRate);

        // let the relay put the 300,000 assessment-recorded events on Kafka first, so that the publish is timed alone
        long relayStarted = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(15)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> unpublishedEvents() == 0);
        LOG.infof("BENCHMARK relay: the import's events were on Kafka %.1f s after the import finished",
                (System.nanoTime() - relayStarted) / 1e9);

        long publishStarted = System.nanoTime();
        List<?> published = Fixtures.as(trust.trustToken("TRUST_LEADER"))
                .post("/api/v1/trusts/" + trust.id() + "/termly-results/2025-26/SUMMER/publish")
                .then().statusCode(200).extract().jsonPath().getList("$");
        double publishSeconds = (System.nanoTime() - publishStarted) / 1e9;
        assertEquals(SCHOOLS, published.size());
        LOG.infof("BENCHMARK publish: %d schools' termly results in %.2f s", SCHOOLS, publishSeconds);
    }

    private long unpublishedEvents() throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
