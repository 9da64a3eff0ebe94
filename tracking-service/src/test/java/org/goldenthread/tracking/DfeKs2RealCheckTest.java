package org.goldenthread.tracking;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.tracking.domain.Upn;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real check: every mainstream Hampshire school with KS2 2018 figures gets a Year 6 cohort,
 * pupil by pupil, consistent with its published counts; an MIS imports the pupils and their summer
 * reading test, writing teacher assessment and maths test through the API (CSV, many schools per
 * file); the trust publishes; and the published RWM figures must equal the DfE's, string for string:
 * all pupils, disadvantaged, not disadvantaged, boys and girls, blanks and SUPP included.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
class DfeKs2RealCheckTest {
    private static final Logger LOG = Logger.getLogger(DfeKs2RealCheckTest.class);
    private static final String YEAR = "2017-18";
    private static final int SCHOOLS_PER_IMPORT = 80;
    private static final String[] GIRLS = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Poppy", "Aisha", "Zofia"};
    private static final String[] BOYS = {"Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Alfie", "Ibrahim", "Kacper", "Tomasz"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan", "Wright", "Walker", "Nowak"};

    @Test
    void publishedResultsMatchTheDfeKs2TablesForEveryHampshireSchool() throws Exception {
        List<Map<String, String>> schools = DfeData.ks2SchoolsWithFigures();
        assertTrue(schools.size() >= 300, "expected every Hampshire school with figures, found " + schools.size());
        Fixtures.Trust trust = Fixtures.trust(0);
        Map<String, UUID> schoolIds = new HashMap<>();
        for (Map<String, String> s : schools) {
            schoolIds.put(s.get("URN"), UUID.nameUUIDFromBytes((trust.id() + "/" + s.get("URN")).getBytes(StandardCharsets.UTF_8)));
        }

        long started = System.nanoTime();
        for (int from = 0; from < schools.size(); from += SCHOOLS_PER_IMPORT) {
            List<Map<String, String>> batch = schools.subList(from, Math.min(schools.size(), from + SCHOOLS_PER_IMPORT));
            StringBuilder pupils = new StringBuilder("schoolId,upn,firstName,lastName,dateOfBirth,sex,yearGroup,className,disadvantaged,freeSchoolMeals,senStatus,eal\r\n");
            StringBuilder results = new StringBuilder("schoolId,upn,academicYear,term,subject,source,judgement,scaledScore,yearGroup\r\n");
            for (Map<String, String> school : batch) {
                cohort(school, schoolIds.get(school.get("URN")), pupils, results);
            }
            String mis = trust.mis(batch.stream().map(s -> schoolIds.get(s.get("URN"))).toList());
            Response pupilImport = Fixtures.importAndWait(mis, "text/csv", pupils.toString(), null);
            assertEquals("SUCCEEDED", pupilImport.jsonPath().getString("status"), pupilImport.asString());
            Response resultImport = Fixtures.importAndWait(mis, "text/csv", results.toString(), null);
            assertEquals("SUCCEEDED", resultImport.jsonPath().getString("status"), resultImport.asString());
        }
        LOG.infof("imported %d schools' Year 6 cohorts in %d ms", schools.size(), (System.nanoTime() - started) / 1_000_000);

        String leader = trust.trustToken("TRUST_LEADER");
        Fixtures.as(leader).post("/api/v1/trusts/" + trust.id() + "/termly-results/" + YEAR + "/SUMMER/publish")
                .then().statusCode(200);
        JsonPath published = Fixtures.as(leader)
                .get("/api/v1/trusts/" + trust.id() + "/termly-results/" + YEAR + "/SUMMER/schools?yearGroup=6&subject=RWM")
                .then().statusCode(200).extract().jsonPath();

        Map<UUID, Map<String, Map<String, Object>>> bySchool = new HashMap<>();
        List<Map<String, Object>> entries = published.getList("$");
        for (Map<String, Object> entry : entries) {
            Map<String, Map<String, Object>> groups = new HashMap<>();
            for (Object row : (List<?>) entry.get("results")) {
                @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) row;
                groups.put((String) r.get("pupilGroup"), r);
            }
            bySchool.put(UUID.fromString((String) entry.get("schoolId")), groups);
        }

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Map<String, String> school : schools) {
            Map<String, Map<String, Object>> groups = bySchool.get(schoolIds.get(school.get("URN")));
            if (groups == null) {
                mismatches.add(school.get("URN") + ": not published");
                continue;
            }
            compare(school, "PTRWM_EXP", groups.get("ALL"), mismatches);
            compare(school, "PTRWM_EXP_FSM6CLA1A", groups.get("DISADVANTAGED"), mismatches);
            compare(school, "PTRWM_EXP_NotFSM6CLA1A", groups.get("NOT_DISADVANTAGED"), mismatches);
            compare(school, "PTRWM_EXP_B", groups.get("BOYS"), mismatches);
            compare(school, "PTRWM_EXP_G", groups.get("GIRLS"), mismatches);
            compared++;
        }
        LOG.infof("compared %d schools × 5 figures with the DfE's KS2 2018 table", compared);
        assertEquals(schools.size(), compared);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " figures differ from the DfE's:\n" + String.join("\n", mismatches));
    }

    /** What we published, as the DfE file would show it: "63%", "SUPP" or "". */
    private static void compare(Map<String, String> school, String column, Map<String, Object> row, List<String> mismatches) {
        String expected = school.get(column);
        String shown;
        if (row == null || ((Number) row.get("cohort")).intValue() == 0) {
            shown = "";
        } else {
            @SuppressWarnings("unchecked") Map<String, Object> p = (Map<String, Object>) row.get("published");
            shown = Boolean.TRUE.equals(p.get("suppressed")) ? "SUPP" : p.get("pctAtOrAboveExpected") + "%";
        }
        if (!expected.equals(shown)) {
            mismatches.add("URN " + school.get("URN") + " " + column + ": DfE " + (expected.isEmpty() ? "(blank)" : expected)
                    + ", published " + (shown.isEmpty() ? "(blank)" : shown));
        }
    }

    /** Writes one school's Year 6 pupils and their summer results. */
    private static void cohort(Map<String, String> school, UUID schoolId, StringBuilder pupils, StringBuilder results) {
        Random random = new Random(Long.parseLong(school.get("URN")));
        List<Ks2Cohort.Cell> cells = Ks2Cohort.solve(school, random);
        String estab = String.format("%04d", Integer.parseInt(school.get("ESTAB")));
        int serial = 0;
        for (Ks2Cohort.Cell cell : cells) {
            for (int i = 0; i < cell.pupils(); i++) {
                serial++;
                String upn = Upn.withCheckLetter("850" + estab + "11" + String.format("%03d", serial));
                String first = cell.boy() ? BOYS[random.nextInt(BOYS.length)] : GIRLS[random.nextInt(GIRLS.length)];
                String last = SURNAMES[random.nextInt(SURNAMES.length)];
                String sen = random.nextInt(100) < 12 ? "SEN_SUPPORT" : random.nextInt(100) < 3 ? "EHCP" : "NONE";
                pupils.append(schoolId).append(',').append(upn).append(',').append(first).append(',')
                        .append(random.nextInt(10) == 0 ? "\"O'Brien, " + last + "\"" : last).append(',')
                        .append("2006-").append(String.format("%02d", 9 + random.nextInt(4))).append("-1").append(random.nextInt(9))
                        .append(',').append(cell.boy() ? 'M' : 'F').append(",6,6").append(random.nextBoolean() ? 'A' : 'B')
                        .append(',').append(cell.disadvantaged() ? 'Y' : 'N').append(',')
                        .append(cell.disadvantaged() && random.nextBoolean() ? "Y" : "N").append(',').append(sen).append(',')
                        .append(random.nextInt(8) == 0 ? 'Y' : 'N').append("\r\n");
                boolean expected = i < cell.atExpected();
                // a pupil below the expected standard in RWM misses it in at least one of the three
                int misses = expected ? 0 : 1 + random.nextInt(7);
                int reading = (misses & 1) != 0 ? 88 + random.nextInt(12) : 100 + random.nextInt(16);
                String writing = (misses & 2) != 0 ? (random.nextInt(6) == 0 ? "PKS" : "WTS") : (random.nextInt(5) == 0 ? "GDS" : "EXS");
                int maths = (misses & 4) != 0 ? 85 + random.nextInt(15) : 100 + random.nextInt(16);
                results.append(schoolId).append(',').append(upn).append(',').append(YEAR).append(",SUMMER,READING,TEST,,").append(reading).append(",6\r\n");
                results.append(schoolId).append(',').append(upn).append(',').append(YEAR).append(",SUMMER,WRITING,TEACHER_ASSESSMENT,").append(writing).append(",,6\r\n");
                results.append(schoolId).append(',').append(upn).append(',').append(YEAR).append(",SUMMER,MATHS,TEST,,").append(maths).append(",6\r\n");
            }
        }
    }
}
