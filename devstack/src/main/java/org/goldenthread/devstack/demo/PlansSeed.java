package org.goldenthread.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo trust's improvement plans, entered through the plans API as leaders would: the trust's
 * own plan, then for every school a 2026-27 strategic plan supporting it — writing, reading, maths
 * and attendance priorities with objectives, actions (leads, dates, budgets, CPD, monitoring) and
 * termly milestones — approved by the headteacher, put into action, and reviewed at autumn
 * half-term.
 *
 * <p>TRACKING milestones use what the tracking seed publishes: READING, WRITING, MATHS or RWM, a
 * year group the school teaches, pupils ALL or DISADVANTAGED, terms AUTUMN, SPRING and SUMMER of
 * 2026-27 (so the autumn results decide the autumn milestones and say ON_TRACK or AT_RISK for the
 * later ones). Targets sit around what the school's cohorts reach, so some milestones are met and
 * some are not. MONITORING milestones (work scrutiny, pupil conferencing, lesson observation) are
 * left for the monitoring seed in {@code plans.monitoringMilestones}: a list of maps with
 * {@code urn}, {@code milestoneId}, {@code activityType}, {@code focusTag},
 * {@code judgementThreshold} and {@code subject} (the curriculum subject as a finding names it,
 * e.g. "Writing"). Deterministic: one seeded Random per school URN.</p>
 */
final class PlansSeed implements SeedStep {
    static final String YEAR = "2026-27";
    static final String MONITORING_MILESTONES = "plans.monitoringMilestones";
    private static final String AUTUMN_DUE = "2026-12-18";
    private static final String SPRING_DUE = "2027-03-26";
    private static final String SUMMER_DUE = "2027-07-16";
    private static final List<String[]> KEY_ISSUES = List.of(
            new String[]{"Improve the quality of writing across the school, particularly for disadvantaged pupils",
                    "Ensure feedback in books is acted on so that pupils improve their work"},
            new String[]{"Raise attainment in writing so that it matches reading and mathematics",
                    "Strengthen the role of subject leaders in checking the impact of teaching"},
            new String[]{"Improve pupils' spelling, punctuation and handwriting in extended writing",
                    "Reduce persistent absence, particularly among disadvantaged pupils"});

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public void seed(DemoContext context) throws Exception {
        String trustLeader = context.token("trust-leader");
        TrustPlan trustPlan = trustPlan(context, trustLeader);
        List<Map<String, Object>> monitoring = new ArrayList<>();
        int milestones = 0;
        for (DemoSchool school : context.trust().schools()) {
            milestones += schoolPlan(context, school, trustPlan, new Random(Long.parseLong(school.urn())), monitoring);
        }
        context.shared().put(MONITORING_MILESTONES, List.copyOf(monitoring));
        context.credential("Plans", context.trust().schools().size() + " school improvement plans for " + YEAR
                + " (approved and active) under the trust plan; " + milestones + " milestones with measures");
    }

    private record TrustPlan(String id, String writingPriorityId, String readingPriorityId, String mathsPriorityId,
                             String attendancePriorityId) {
    }

    private TrustPlan trustPlan(DemoContext context, String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", context.trust().name() + " trust improvement plan " + YEAR);
        body.put("academicYear", YEAR);
        body.put("layer", "STRATEGIC");
        body.put("selfEvaluationLinks", List.of(Map.of("title", "Trust self-evaluation, summer 2026",
                "summary", "Writing lags reading and maths in most schools; disadvantaged pupils are furthest behind")));
        body.put("governorsRole", "The trust board's standards committee reviews every school's milestones each term");
        JsonNode plan = post(context, "/api/v1/plans", token, body, "demo-plans-trust");
        String id = plan.path("id").asText();
        String writing = priority(context, token, id, "Every school closes the gap in writing", "QUALITY_OF_EDUCATION",
                "Across the trust, writing at the expected standard trails reading by 10 points", null, List.of(), "trust-1");
        String reading = priority(context, token, id, "Fluent, confident readers by the end of each key stage", "QUALITY_OF_EDUCATION",
                "Reading fluency in Years 2 and 3 varies widely between schools", null, List.of(), "trust-2");
        String maths = priority(context, token, id, "Arithmetic fluency and reasoning in mathematics", "QUALITY_OF_EDUCATION",
                "Multiplication check results and KS2 reasoning are below the trust's ambition", null, List.of(), "trust-3");
        String attendance = priority(context, token, id, "Attendance and behaviour for learning", "BEHAVIOUR_AND_ATTITUDES",
                "Persistent absence rose after 2020 and is highest among disadvantaged pupils", null, List.of(), "trust-4");
        approveAndActivate(context, token, id, plan.path("version").asLong(), "Approved by the trust board on 10 September 2026");
        return new TrustPlan(id, writing, reading, maths, attendance);
    }

    private int schoolPlan(DemoContext context, DemoSchool school, TrustPlan trust, Random random,
                           List<Map<String, Object>> monitoring) {
        String token = context.token("school-leader:" + school.urn());
        String urn = school.urn();
        List<Integer> years = new ArrayList<>();
        for (int y = 0; y <= 6; y++) {
            if (school.teachesYearGroup(y)) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            for (int y = 0; y <= 6; y++) {
                years.add(y);
            }
        }
        int writingYear = pick(years, 4, 2);
        int readingYear = pick(years, 3, 1);
        int mathsYear = pick(years, 5, 2);
        boolean hasYearSix = years.contains(6);
        String[] issues = KEY_ISSUES.get(random.nextInt(KEY_ISSUES.size()));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", school.id());
        body.put("title", school.name() + " school improvement plan " + YEAR);
        body.put("academicYear", YEAR);
        body.put("layer", "STRATEGIC");
        body.put("parentPlanId", trust.id());
        body.put("selfEvaluationLinks", List.of(Map.of("title", "Self-evaluation, summer 2026",
                "reference", "Toolkit core elements 2 and 6, rated July 2026",
                "summary", school.ks2().map(k -> "KS2 2018: " + k.getOrDefault("PTWRITTA_EXP", "?") + " at expected in writing, "
                        + k.getOrDefault("PTREAD_EXP", "?") + " in reading, " + k.getOrDefault("PTMAT_EXP", "?") + " in maths")
                        .orElse("Summer 2026 tracking: writing below reading in most year groups; disadvantaged pupils furthest behind"))));
        body.put("inspectionKeyIssues", List.of(Map.of("code", "KI1", "text", issues[0]), Map.of("code", "KI2", "text", issues[1])));
        body.put("governorsRole", "The standards committee reviews milestones each term; link governors visit for writing and attendance");
        JsonNode plan = post(context, "/api/v1/plans", token, body, "demo-plans-" + urn);
        String planId = plan.path("id").asText();
        int milestones = 0;

        // 1 writing
        String writing = priority(context, token, planId, "Raise attainment in writing, especially for disadvantaged pupils",
                "QUALITY_OF_EDUCATION", "Writing is the weakest subject in summer 2026 tracking; the disadvantaged gap is widest in "
                        + year(writingYear), trust.writingPriorityId(), List.of("KI1", "KI2"), urn + "-p1");
        int dis = 50 + random.nextInt(13);
        String writingObjective = post(context, "/api/v1/priorities/" + writing + "/objectives", token, Map.of(
                "title", "Disadvantaged pupils in " + year(writingYear) + " write at the expected standard",
                "successCriterion", "By July 2027 at least " + (dis + 8) + "% of disadvantaged " + year(writingYear)
                        + " pupils are at or above expected in writing",
                "measure", tracking("WRITING", writingYear, "DISADVANTAGED", dis + 8)), "demo-plans-" + urn + "-o1").path("id").asText();
        String modelled = action(context, token, writing, writingObjective, "Weekly modelled and shared writing in " + year(writingYear)
                        + ", with editing taught explicitly", "English lead", 60_000 + 10_000L * random.nextInt(6),
                "Two staff meetings; 30 minutes of PPA a week", null, "Writing CPD from the English hub (two twilights)",
                "Half-termly book looks by the English lead; pupil progress meetings each term", "IN_PROGRESS",
                "2026-09-07", SUMMER_DUE, urn + "-a11");
        milestones += 3;
        milestone(context, token, modelled, "At least " + dis + "% of disadvantaged " + year(writingYear)
                + " pupils at or above expected in writing by the end of the autumn term", "AUTUMN", AUTUMN_DUE,
                tracking("WRITING", writingYear, "DISADVANTAGED", dis), urn + "-m111");
        milestone(context, token, modelled, "At least " + (dis + 4) + "% of disadvantaged " + year(writingYear)
                + " pupils at or above expected in writing by the end of the spring term", "SPRING", SPRING_DUE,
                tracking("WRITING", writingYear, "DISADVANTAGED", dis + 4), urn + "-m112");
        milestone(context, token, modelled, "At least " + (dis + 8) + "% of disadvantaged " + year(writingYear)
                + " pupils at or above expected in writing by the end of the summer term", "SUMMER", SUMMER_DUE,
                tracking("WRITING", writingYear, "DISADVANTAGED", dis + 8), urn + "-m113");
        String feedback = action(context, token, writing, writingObjective, "Next steps in every writing book, with time in lessons to act on them",
                "Deputy headteacher", 0L, "15 minutes of each writing lesson", null, "Coaching for teachers new to the approach",
                "Work scrutiny in January and June; pupil conferencing in March", "IN_PROGRESS", "2026-09-07", SUMMER_DUE, urn + "-a12");
        milestones += 2;
        String scrutiny = milestone(context, token, feedback, "Work scrutiny finds next steps acted on in most " + year(writingYear)
                + " books", "SPRING", SPRING_DUE, monitoringMeasure("WORK_SCRUTINY", "developmental-marking", 2, "WRITING"), urn + "-m121");
        monitoring.add(shared(urn, scrutiny, "WORK_SCRUTINY", "developmental-marking", 2, "Writing"));
        String conferencing = milestone(context, token, feedback, "Pupils can explain their writing targets and how they practise them",
                "SUMMER", SUMMER_DUE, monitoringMeasure("PUPIL_CONFERENCING", "pupil-targets", 2, "WRITING"), urn + "-m122");
        monitoring.add(shared(urn, conferencing, "PUPIL_CONFERENCING", "pupil-targets", 2, "Writing"));
        // an action that slipped: due before half-term, not started, so the summary shows it overdue
        action(context, token, writing, writingObjective, "Moderate writing with two other trust schools", "English lead", 15_000L,
                "Half a day of release for the English lead", null, null, "Moderation notes to the standards committee",
                "NOT_STARTED", "2026-10-05", "2026-11-13", urn + "-a13");

        // 2 reading
        String reading = priority(context, token, planId, "Fluent readers: phonics and reading fluency", "QUALITY_OF_EDUCATION",
                "Reading fluency in " + year(readingYear) + " is uneven between classes", trust.readingPriorityId(), List.of(), urn + "-p2");
        int readAll = 64 + random.nextInt(11);
        String readingObjective = post(context, "/api/v1/priorities/" + reading + "/objectives", token, Map.of(
                "title", year(readingYear) + " pupils read fluently and with understanding",
                "successCriterion", "By July 2027 at least " + (readAll + 6) + "% of " + year(readingYear)
                        + " pupils are at or above expected in reading"), "demo-plans-" + urn + "-o2").path("id").asText();
        String fluency = action(context, token, reading, readingObjective, "Daily fluency practice and a class reading spine in "
                        + year(readingYear), "Reading lead", 90_000 + 5_000L * random.nextInt(10), "20 minutes daily",
                "Teaching assistants run catch-up groups three afternoons a week", "Reading fluency training for teaching assistants",
                "Learning walks each half term; running records for the lowest 20%", "IN_PROGRESS", "2026-09-07", SUMMER_DUE, urn + "-a21");
        milestones += 3;
        milestone(context, token, fluency, "At least " + readAll + "% of " + year(readingYear) + " pupils at or above expected in reading by Christmas",
                "AUTUMN", AUTUMN_DUE, tracking("READING", readingYear, "ALL", readAll), urn + "-m211");
        milestone(context, token, fluency, "At least " + (readAll + 3) + "% of " + year(readingYear) + " pupils at or above expected in reading by Easter",
                "SPRING", SPRING_DUE, tracking("READING", readingYear, "ALL", readAll + 3), urn + "-m212");
        String walk = milestone(context, token, fluency, "Learning walks see fluency practice well matched to pupils' books",
                "SPRING", SPRING_DUE, monitoringMeasure("LEARNING_WALK", "reading-fluency", 2, "READING"), urn + "-m213");
        monitoring.add(shared(urn, walk, "LEARNING_WALK", "reading-fluency", 2, "Reading"));

        // 3 maths
        String maths = priority(context, token, planId, "Arithmetic fluency and reasoning in mathematics", "QUALITY_OF_EDUCATION",
                "Pupils' recall of number facts slows their reasoning", trust.mathsPriorityId(), List.of(), urn + "-p3");
        int mathsAll = 64 + random.nextInt(11);
        String mathsObjective = post(context, "/api/v1/priorities/" + maths + "/objectives", token, Map.of(
                "title", "Pupils recall number facts quickly and explain their reasoning",
                "successCriterion", "By July 2027 at least " + (mathsAll + 6) + "% of " + year(mathsYear)
                        + " pupils are at or above expected in maths"), "demo-plans-" + urn + "-o3").path("id").asText();
        String arithmetic = action(context, token, maths, mathsObjective, "Ten minutes of daily arithmetic practice and weekly reasoning problems",
                "Maths lead", 40_000L, "Ten minutes daily", null, "Maths hub work group for the maths lead",
                "Lesson observations in spring; termly arithmetic quizzes", "IN_PROGRESS", "2026-09-07", SUMMER_DUE, urn + "-a31");
        milestones += 3;
        milestone(context, token, arithmetic, "At least " + mathsAll + "% of " + year(mathsYear) + " pupils at or above expected in maths by Christmas",
                "AUTUMN", AUTUMN_DUE, tracking("MATHS", mathsYear, "ALL", mathsAll), urn + "-m311");
        milestone(context, token, arithmetic, "At least " + (mathsAll + 6) + "% of " + year(mathsYear) + " pupils at or above expected in maths by the summer",
                "SUMMER", SUMMER_DUE, tracking("MATHS", mathsYear, "ALL", mathsAll + 6), urn + "-m312");
        String observation = milestone(context, token, arithmetic, "Lesson observations find reasoning modelled and practised",
                "SPRING", SPRING_DUE, monitoringMeasure("LESSON_OBSERVATION", "maths-reasoning", 2, "MATHS"), urn + "-m313");
        monitoring.add(shared(urn, observation, "LESSON_OBSERVATION", "maths-reasoning", 2, "Maths"));
        if (hasYearSix) {
            int rwm = 52 + random.nextInt(11);
            milestones++;
            milestone(context, token, arithmetic, "At least " + rwm + "% of Year 6 at the expected standard in reading, writing and maths combined",
                    "SUMMER", SUMMER_DUE, tracking("RWM", 6, "ALL", rwm), urn + "-m314");
        }

        // 4 attendance
        String attendance = priority(context, token, planId, "Attendance and behaviour for learning", "BEHAVIOUR_AND_ATTITUDES",
                "Persistent absence was " + (9 + random.nextInt(6)) + "% in 2025-26, higher for disadvantaged pupils",
                trust.attendancePriorityId(), List.of(), urn + "-p4");
        String attendanceObjective = post(context, "/api/v1/priorities/" + attendance + "/objectives", token, Map.of(
                "title", "Fewer pupils persistently absent",
                "successCriterion", "Persistent absence below 8% by July 2027, and below 12% for disadvantaged pupils"),
                "demo-plans-" + urn + "-o4").path("id").asText();
        String calls = action(context, token, attendance, attendanceObjective, "First-day calls and early-help meetings for pupils below 92% attendance",
                "Attendance officer", 25_000L, "One hour a day", "Attendance officer", null,
                "Weekly attendance data to the headteacher; termly report to governors", "IN_PROGRESS", "2026-09-07", SUMMER_DUE, urn + "-a41");
        milestones++;
        milestone(context, token, calls, "Persistent absence below 10% by the end of the spring term", "SPRING", SPRING_DUE,
                Map.of("type", "MANUAL"), urn + "-m411");

        JsonNode current = context.get("/api/v1/plans/" + planId, token);
        approveAndActivate(context, token, planId, current.path("version").asLong(),
                "Approved by the full governing body on 16 September 2026");
        review(context, token, planId, writing, reading, maths, attendance, random, urn);
        return milestones;
    }

    private void review(DemoContext context, String token, String planId, String writing, String reading, String maths,
                        String attendance, Random random, String urn) {
        String[] rags = {"GREEN", "AMBER"};
        post(context, "/api/v1/plans/" + planId + "/reviews", token, Map.of(
                "reviewedOn", "2026-10-23", "term", "AUTUMN", "title", "Autumn half-term review",
                "progress", "Modelled writing, fluency practice and daily arithmetic are in place in every class; attendance calls start on day one",
                "evaluation", "Book looks show more editing; next steps are not yet acted on consistently",
                "impact", "Too early for attainment; persistent absence is down on last autumn",
                "nextSteps", "Moderate writing with partner schools before Christmas; coach teachers new to the feedback approach",
                "overallRag", rags[random.nextInt(rags.length)],
                "ratings", List.of(Map.of("priorityId", writing, "rag", rags[random.nextInt(rags.length)], "commentary", "Moderation has slipped"),
                        Map.of("priorityId", reading, "rag", "GREEN", "commentary", "Fluency practice daily in every class"),
                        Map.of("priorityId", maths, "rag", rags[random.nextInt(rags.length)], "commentary", "Arithmetic quizzes started"),
                        Map.of("priorityId", attendance, "rag", "GREEN", "commentary", "First-day calls in place"))),
                "demo-plans-" + urn + "-r1");
    }

    private void approveAndActivate(DemoContext context, String token, String planId, long version, String note) {
        JsonNode approved = context.call("POST", "/api/v1/plans/" + planId + "/approve", token, Map.of("note", note),
                Map.of("If-Match", "\"" + version + "\""));
        context.call("POST", "/api/v1/plans/" + planId + "/activate", token, null,
                Map.of("If-Match", "\"" + approved.path("version").asLong() + "\""));
    }

    private String priority(DemoContext context, String token, String planId, String title, String area, String rationale,
                            String parentPriorityId, List<String> keyIssues, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("area", area);
        body.put("rationale", rationale);
        if (parentPriorityId != null) {
            body.put("parentPriorityId", parentPriorityId);
        }
        body.put("addressesKeyIssues", keyIssues);
        body.put("lead", area.equals("BEHAVIOUR_AND_ATTITUDES") ? "Headteacher" : "Deputy headteacher");
        return post(context, "/api/v1/plans/" + planId + "/priorities", token, body, "demo-plans-" + key).path("id").asText();
    }

    private String action(DemoContext context, String token, String priorityId, String objectiveId, String title, String lead,
                          Long budgetPence, String time, String staffing, String cpd, String monitoring, String status,
                          String start, String due, String key) {
        Map<String, Object> resources = new LinkedHashMap<>();
        if (budgetPence != null && budgetPence > 0) {
            resources.put("budgetPence", budgetPence);
        }
        if (time != null) {
            resources.put("time", time);
        }
        if (staffing != null) {
            resources.put("staffing", staffing);
        }
        if (cpd != null) {
            resources.put("cpd", cpd);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("objectiveId", objectiveId);
        body.put("lead", lead);
        body.put("supportingStaff", List.of("Class teachers", "Teaching assistants"));
        body.put("startDate", start);
        body.put("dueDate", due);
        body.put("reviewDate", "2026-12-11");
        body.put("resources", resources);
        body.put("monitoring", monitoring);
        body.put("status", status);
        return post(context, "/api/v1/priorities/" + priorityId + "/actions", token, body, "demo-plans-" + key).path("id").asText();
    }

    private String milestone(DemoContext context, String token, String actionId, String title, String term, String due,
                             Map<String, Object> measure, String key) {
        return post(context, "/api/v1/actions/" + actionId + "/milestones", token, Map.of("title", title, "academicYear", YEAR,
                "term", term, "dueDate", due, "measure", measure), "demo-plans-" + key).path("id").asText();
    }

    private static Map<String, Object> tracking(String subject, int yearGroup, String pupilGroup, int target) {
        return Map.of("type", "TRACKING", "subject", subject, "yearGroups", List.of(yearGroup), "pupilGroup", pupilGroup,
                "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", Math.min(100, target));
    }

    private static Map<String, Object> monitoringMeasure(String activityType, String focusTag, int threshold, String subject) {
        return Map.of("type", "MONITORING", "activityType", activityType, "focusTag", focusTag, "judgementThreshold", threshold,
                "subject", subject);
    }

    private static Map<String, Object> shared(String urn, String milestoneId, String activityType, String focusTag, int threshold,
                                              String subject) {
        return Map.of("urn", urn, "milestoneId", milestoneId, "activityType", activityType, "focusTag", focusTag,
                "judgementThreshold", threshold, "subject", subject);
    }

    private static JsonNode post(DemoContext context, String path, String token, Object body, String idempotencyKey) {
        return context.post(path, token, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** The preferred year group if the school teaches it, else the other, else its oldest. */
    private static int pick(List<Integer> years, int preferred, int otherwise) {
        if (years.contains(preferred)) {
            return preferred;
        }
        if (years.contains(otherwise)) {
            return otherwise;
        }
        return years.get(years.size() - 1);
    }

    private static String year(int y) {
        return y == 0 ? "Reception" : "Year " + y;
    }
}
