package org.goldenthread.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo trust's pupils and assessments, sent the way an MIS sends them: one JSON import per
 * school through {@code /api/v1/imports}, then each school's leader publishes the 2025-26 summer
 * and 2026-27 autumn termly results.
 *
 * <p>Every school gets pupils in each year group it teaches, sized from its GIAS roll, with a
 * disadvantaged share from its FSM figure. Pupils carry a latent attainment that drifts from term
 * to term, so the progress views have pupils on track, accelerating, falling behind and stuck.
 * A school with KS2 2018 figures gets a 2025-26 Year 6 cohort (now left) whose summer results are
 * consistent with them: the same number of pupils, disadvantaged pupils, boys and girls, and the
 * same % at the expected standard in reading, writing and maths overall, for disadvantaged and
 * other pupils, and for boys and girls. Deterministic: one seeded Random per school URN.</p>
 */
final class TrackingSeed implements SeedStep {
    static final String LAST_YEAR = "2025-26";
    static final String THIS_YEAR = "2026-27";
    private static final String[] TERMS = {"AUTUMN", "SPRING", "SUMMER"};
    private static final String[] SUBJECTS = {"READING", "WRITING", "MATHS"};
    private static final String[] JUDGEMENTS = {"PKS", "WTS", "EXS", "GDS"};
    private static final String[] GIRLS = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Poppy",
            "Aisha", "Zofia", "Evie", "Sophia", "Florence", "Maryam", "Willow", "Daisy"};
    private static final String[] BOYS = {"Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Alfie",
            "Ibrahim", "Kacper", "Tomasz", "Freddie", "Archie", "Henry", "Theo", "Muhammad", "Jacob"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Patel", "Khan", "Wright", "Walker", "Nowak", "Evans", "Thomas", "Roberts", "Hughes", "Green", "Hall", "Clarke"};

    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public void seed(DemoContext context) throws Exception {
        String mis = context.token("mis");
        int pupils = 0;
        for (DemoSchool school : context.trust().schools()) {
            Random random = new Random(Long.parseLong(school.urn()));
            Map<String, Object> body = school(school, random);
            pupils += ((List<?>) body.get("pupils")).size();
            HttpResponse<String> accepted = context.send("POST", "/api/v1/imports?schoolId=" + school.id(), mis,
                    context.json().writeValueAsString(body), Map.of("Content-Type", "application/json"));
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("import for " + school + " answered " + accepted.statusCode() + ": " + accepted.body());
            }
            String location = accepted.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("import for " + school + " has no Location"));
            JsonNode job = waitFor(context, location, mis);
            if (!"SUCCEEDED".equals(job.path("status").asText())) {
                throw new IllegalStateException("import for " + school + " failed: " + job);
            }
        }
        for (DemoSchool school : context.trust().schools()) {
            String leader = context.token("school-leader:" + school.urn());
            for (String term : List.of(LAST_YEAR + "/SUMMER", THIS_YEAR + "/AUTUMN")) {
                HttpResponse<String> published = context.send("POST", "/api/v1/schools/" + school.id() + "/termly-results/"
                        + term + "/publish", leader, null, Map.of());
                // 422 = the school has no assessments that term (e.g. a junior school's last year's Year 2 is elsewhere)
                if (published.statusCode() / 100 != 2 && published.statusCode() != 422) {
                    throw new IllegalStateException("publishing " + term + " for " + school + " answered "
                            + published.statusCode() + ": " + published.body());
                }
            }
        }
        context.shared().put("tracking.pupils", pupils);
        context.credential("Tracking", pupils + " pupils; termly results published for " + LAST_YEAR + " SUMMER and "
                + THIS_YEAR + " AUTUMN");
    }

    private static JsonNode waitFor(DemoContext context, String location, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = context.get(location, token);
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import " + location + " did not finish in 5 minutes");
    }

    /** One school's import: current pupils with last year's and this autumn's results, and last year's leavers. */
    static Map<String, Object> school(DemoSchool school, Random random) {
        List<Map<String, Object>> pupils = new ArrayList<>();
        List<Map<String, Object>> assessments = new ArrayList<>();
        int yearGroups = 0;
        for (int y = 0; y <= 6; y++) {
            if (school.teachesYearGroup(y)) {
                yearGroups++;
            }
        }
        int perYear = Math.max(8, Math.min(90, school.pupils() / Math.max(1, yearGroups)));
        double disadvantaged = Math.min(0.6, Math.max(0.05, school.percentFsm() * 1.4 / 100));
        int serial = 0;
        int firstYear = 0;
        while (firstYear < 6 && !school.teachesYearGroup(firstYear)) {
            firstYear++;
        }
        // UPNs start with the school's LA code (Hampshire 850, Surrey 936) and a made-up establishment number
        String la = school.localAuthority().toLowerCase().contains("hampshire") ? "850" : "936";
        String estab = String.format("%04d", Integer.parseInt(school.urn()) % 10000);
        // pupils on roll in 2026-27
        for (int year = 0; year <= 6; year++) {
            if (!school.teachesYearGroup(year)) {
                continue;
            }
            int size = Math.max(5, perYear + random.nextInt(7) - 3);
            for (int i = 0; i < size; i++) {
                serial++;
                boolean girl = random.nextBoolean();
                boolean dis = random.nextDouble() < disadvantaged;
                String upn = upn(la + estab + String.format("%02d", (26 - year) % 100) + String.format("%03d", serial % 1000));
                pupils.add(pupil(upn, girl, dis, year, firstYear, random, null));
                Pupil p = new Pupil(upn, random.nextGaussian() - (dis ? 0.35 : 0), random.nextInt(10));
                // last year's three terms, where the school taught them, then this autumn
                if (year >= 2 && school.teachesYearGroup(year - 1)) {
                    for (String term : TERMS) {
                        results(p, LAST_YEAR, term, year - 1, random, assessments);
                    }
                }
                if (year >= 1) {
                    results(p, THIS_YEAR, "AUTUMN", year, random, assessments);
                }
            }
        }
        // last year's top year, who left in July 2026: Year 6 (or Year 2 for an infant school)
        int top = school.teachesYearGroup(6) ? 6 : 2;
        List<Leaver> leavers = school.ks2().filter(k -> top == 6).map(k -> ks2Cohort(k, random))
                .orElseGet(() -> plainCohort(perYear, disadvantaged, random));
        for (Leaver leaver : leavers) {
            serial++;
            String upn = upn(la + estab + "19" + String.format("%03d", serial % 1000));
            pupils.add(pupil(upn, !leaver.boy, leaver.disadvantaged, top, firstYear, random, "2026-07-22"));
            Pupil p = new Pupil(upn, leaver.expected ? 0.6 + random.nextDouble() : -0.8 - random.nextDouble(), 0);
            for (String term : List.of("AUTUMN", "SPRING")) {
                results(p, LAST_YEAR, term, top, random, assessments);
            }
            if (top == 6) {
                // KS2: reading and maths tests, writing teacher assessment; below expected misses at least one
                int misses = leaver.expected ? 0 : 1 + random.nextInt(7);
                assessments.add(test(upn, LAST_YEAR, "SUMMER", "READING", (misses & 1) != 0 ? 88 + random.nextInt(12) : 100 + random.nextInt(16), top));
                assessments.add(ta(upn, LAST_YEAR, "SUMMER", "WRITING", (misses & 2) != 0 ? "WTS" : random.nextInt(5) == 0 ? "GDS" : "EXS", top));
                assessments.add(test(upn, LAST_YEAR, "SUMMER", "MATHS", (misses & 4) != 0 ? 85 + random.nextInt(15) : 100 + random.nextInt(16), top));
            } else {
                results(p, LAST_YEAR, "SUMMER", top, random, assessments);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pupils", pupils);
        body.put("assessments", assessments);
        return body;
    }

    /** A pupil's latent attainment (0 = just at the expected standard) and a small chance of being stuck. */
    private static final class Pupil {
        final String upn;
        double attainment;
        final boolean stuck;

        Pupil(String upn, double attainment, int luck) {
            this.upn = upn;
            this.attainment = attainment;
            this.stuck = luck == 0;
        }
    }

    private record Leaver(boolean boy, boolean disadvantaged, boolean expected) {
    }

    private static void results(Pupil p, String year, String term, int yearGroup, Random random, List<Map<String, Object>> out) {
        if (!p.stuck) {
            p.attainment += random.nextGaussian() * 0.25;
        }
        for (String subject : SUBJECTS) {
            double a = p.stuck ? -1.0 : p.attainment + random.nextGaussian() * 0.3;
            if (yearGroup == 6 && term.equals("SUMMER") && !subject.equals("WRITING")) {
                out.add(test(p.upn, year, term, subject, (int) Math.max(80, Math.min(120, Math.round(103 + a * 7))), yearGroup));
            } else {
                int level = a < -1.6 ? 0 : a < -0.5 ? 1 : a < 1.1 ? 2 : 3;
                out.add(ta(p.upn, year, term, subject, JUDGEMENTS[level], yearGroup));
            }
        }
    }

    private static Map<String, Object> pupil(String upn, boolean girl, boolean disadvantaged, int yearGroup, int joinedYearGroup,
                                             Random random, String leftOn) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("upn", upn);
        p.put("firstName", girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)]);
        p.put("lastName", SURNAMES[random.nextInt(SURNAMES.length)]);
        // a Reception class of September S was born between September S-5 and August S-4
        int reception = (leftOn == null ? 2026 : 2025) - yearGroup;
        int month = 1 + random.nextInt(12);
        p.put("dateOfBirth", String.format("%d-%02d-%02d", month >= 9 ? reception - 5 : reception - 4, month, 1 + random.nextInt(28)));
        p.put("sex", girl ? "F" : "M");
        p.put("yearGroup", yearGroup);
        p.put("className", yearGroup == 0 ? "R" + (random.nextBoolean() ? "A" : "B") : yearGroup + (random.nextBoolean() ? "A" : "B"));
        p.put("disadvantaged", disadvantaged);
        p.put("freeSchoolMeals", disadvantaged && random.nextBoolean());
        int sen = random.nextInt(100);
        p.put("senStatus", sen < 3 ? "EHCP" : sen < 16 ? "SEN_SUPPORT" : "NONE");
        p.put("eal", random.nextInt(100) < 12);
        int prior = random.nextInt(100);
        if (yearGroup >= 3) {
            p.put("priorAttainment", prior < 20 ? "LOW" : prior < 75 ? "MIDDLE" : "HIGH");
        }
        p.put("joinedOn", (reception + joinedYearGroup) + "-09-01");
        if (leftOn != null) {
            p.put("leftOn", leftOn);
        }
        return p;
    }

    private static Map<String, Object> ta(String upn, String year, String term, String subject, String judgement, int yearGroup) {
        return Map.of("upn", upn, "academicYear", year, "term", term, "subject", subject, "source", "TEACHER_ASSESSMENT",
                "judgement", judgement, "yearGroup", yearGroup);
    }

    private static Map<String, Object> test(String upn, String year, String term, String subject, int score, int yearGroup) {
        return Map.of("upn", upn, "academicYear", year, "term", term, "subject", subject, "source", "TEST",
                "scaledScore", score, "yearGroup", yearGroup);
    }

    /** 11 digits and a serial digit, with the DfE check letter in front. */
    static String upn(String twelve) {
        String alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i + 2);
        }
        return alphabet.charAt(sum % 23) + twelve;
    }

    private static List<Leaver> plainCohort(int size, double disadvantaged, Random random) {
        List<Leaver> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean dis = random.nextDouble() < disadvantaged;
            out.add(new Leaver(random.nextBoolean(), dis, random.nextDouble() < (dis ? 0.5 : 0.7)));
        }
        return out;
    }

    /**
     * A cohort with the KS2 2018 counts (TELIG, TFSM6CLA1A, BELIG) and RWM percentages (all, disadvantaged
     * or not, boys, girls; rounded half up as the DfE does), chosen at random among those that fit.
     */
    static List<Leaver> ks2Cohort(Map<String, String> k, Random random) {
        int total = Integer.parseInt(k.get("TELIG"));
        int dis = intOr(k.get("TFSM6CLA1A"), 0);
        int boys = intOr(k.get("BELIG"), total / 2);
        int notDis = total - dis;
        int girls = total - boys;
        List<int[]> fits = new ArrayList<>();
        for (int e = 0; e <= total; e++) {
            if (!fits(k.get("PTRWM_EXP"), e, total)) {
                continue;
            }
            for (int ed = Math.max(0, e - notDis); ed <= Math.min(dis, e); ed++) {
                if (!fits(k.get("PTRWM_EXP_FSM6CLA1A"), ed, dis) || !fits(k.get("PTRWM_EXP_NotFSM6CLA1A"), e - ed, notDis)) {
                    continue;
                }
                for (int eb = Math.max(0, e - girls); eb <= Math.min(boys, e); eb++) {
                    if (!fits(k.get("PTRWM_EXP_B"), eb, boys) || !fits(k.get("PTRWM_EXP_G"), e - eb, girls)) {
                        continue;
                    }
                    for (int bd = Math.max(0, Math.max(dis - girls, boys - notDis)); bd <= Math.min(boys, dis); bd++) {
                        for (int xbd = 0; xbd <= Math.min(bd, Math.min(eb, ed)); xbd++) {
                            int xbn = eb - xbd;
                            int xgd = ed - xbd;
                            int xgn = e - ed - xbn;
                            if (xbn >= 0 && xbn <= boys - bd && xgd >= 0 && xgd <= dis - bd && xgn >= 0 && xgn <= girls - dis + bd) {
                                fits.add(new int[]{bd, boys - bd, dis - bd, girls - dis + bd, xbd, xbn, xgd, xgn});
                            }
                        }
                    }
                }
            }
        }
        int[] c = Optional.of(fits).filter(f -> !f.isEmpty()).map(f -> f.get(random.nextInt(f.size())))
                .orElseThrow(() -> new IllegalStateException("no cohort fits the KS2 figures of URN " + k.get("URN")));
        List<Leaver> out = new ArrayList<>();
        boolean[][] cells = {{true, true}, {true, false}, {false, true}, {false, false}};
        for (int cell = 0; cell < 4; cell++) {
            for (int i = 0; i < c[cell]; i++) {
                out.add(new Leaver(cells[cell][0], cells[cell][1], i < c[cell + 4]));
            }
        }
        return out;
    }

    private static boolean fits(String published, int part, int whole) {
        if (published == null || published.isEmpty()) {
            return whole == 0;
        }
        if (whole == 0) {
            return false;
        }
        if (published.equals("SUPP")) {
            return true;
        }
        return (200L * part + whole) / (2L * whole) == Integer.parseInt(published.replace("%", "").trim());
    }

    private static int intOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
