package org.goldenthread.bench.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A school's improvement plan of the size the plan-summary benchmark asks for, made through the public API as a
 * school leader would make it: 6 priorities (each with an objective), 40 actions with leads, dates, budgets and
 * monitoring, 60 termly milestones with measures (TRACKING, MONITORING and MANUAL; the MANUAL ones given a status by
 * a reviewer, so the summary has statuses to count), and an autumn review with a RAG per priority.
 */
public final class ImprovementPlan {

    public static final String ACADEMIC_YEAR = "2026-27";

    private static final String[][] PRIORITIES = {
            {"Raise attainment in writing, especially for disadvantaged pupils", "QUALITY_OF_EDUCATION"},
            {"Consistent, high-quality teaching of early reading and phonics", "QUALITY_OF_EDUCATION"},
            {"Mastery approach to mathematics in every class", "QUALITY_OF_EDUCATION"},
            {"Improve attendance and reduce persistent absence", "BEHAVIOUR_AND_ATTITUDES"},
            {"Broaden pupils' personal development and wider curriculum", "PERSONAL_DEVELOPMENT"},
            {"Develop middle leaders so that subject leadership drives improvement", "LEADERSHIP_AND_MANAGEMENT"}};
    private static final String[] SUBJECTS = {"WRITING", "READING", "MATHS", "WRITING", "READING", "MATHS"};
    private static final String[] PUPIL_GROUPS = {"ALL", "DISADVANTAGED", "BOYS", "GIRLS"};
    private static final String[] ACTIVITIES = {"WORK_SCRUTINY", "LESSON_OBSERVATION", "LEARNING_WALK",
            "PUPIL_CONFERENCING"};
    private static final String[] FOCUS = {"developmental-marking", "modelled-writing", "phonics-fidelity",
            "fluency-practice", "attendance-follow-up", "curriculum-sequencing"};
    private static final String[] TERMS = {"AUTUMN", "SPRING", "SUMMER"};
    private static final String[] TERM_ENDS = {"2026-12-18", "2027-03-26", "2027-07-16"};
    private static final String[] ACTION_STATUSES = {"IN_PROGRESS", "IN_PROGRESS", "NOT_STARTED", "COMPLETED"};
    private static final String[] MANUAL_STATUSES = {"ON_TRACK", "MET", "AT_RISK", "ON_TRACK", "NOT_MET"};

    /** What was made. */
    public record Made(UUID planId, int priorities, int actions, int milestones) {
    }

    private ImprovementPlan() {
    }

    /**
     * Makes the plan in {@code schoolId} with {@code token} (a SCHOOL_LEADER of the school) and checks, through the
     * summary, that it has what was asked for.
     */
    public static Made make(Api api, String token, UUID schoolId, int priorities, int actions, int milestones) {
        if (priorities < 1 || actions < priorities || milestones < actions) {
            throw new IllegalArgumentException("need priorities >= 1, actions >= priorities, milestones >= actions");
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("schoolId", schoolId.toString());
        plan.put("title", "School improvement plan " + ACADEMIC_YEAR);
        plan.put("academicYear", ACADEMIC_YEAR);
        plan.put("layer", "STRATEGIC");
        plan.put("selfEvaluationLinks", List.of(Map.of("title", "Self-evaluation, summer 2026",
                "reference", "Toolkit core elements 1-4", "summary", "Writing and attendance weakest; disadvantaged gap widening")));
        plan.put("inspectionKeyIssues", List.of(Map.of("code", "KI1",
                "text", "Improve the consistency of feedback in writing so that pupils act on it")));
        plan.put("governorsRole", "The standards committee reviews the milestones each term; link governors visit each priority");
        UUID planId = id(api.post("/api/v1/plans", token, plan).expect(201));

        List<UUID> priorityIds = new ArrayList<>();
        List<UUID> objectiveIds = new ArrayList<>();
        for (int p = 0; p < priorities; p++) {
            String[] spec = PRIORITIES[p % PRIORITIES.length];
            Map<String, Object> priority = new LinkedHashMap<>();
            priority.put("title", spec[0]);
            priority.put("area", spec[1]);
            priority.put("rationale", "Summer 2026 tracking and monitoring: see self-evaluation");
            priority.put("lead", "Deputy headteacher");
            priority.put("addressesKeyIssues", p == 0 ? List.of("KI1") : List.of());
            UUID priorityId = id(api.post("/api/v1/plans/" + planId + "/priorities", token, priority).expect(201));
            priorityIds.add(priorityId);
            objectiveIds.add(id(api.post("/api/v1/priorities/" + priorityId + "/objectives", token, Map.of(
                    "title", "Pupils reach the expected standard in priority " + (p + 1),
                    "successCriterion", "At least 70% of pupils at or above expected by July 2027")).expect(201)));
        }

        List<UUID> actionIds = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            int p = a % priorities;
            LocalDate start = LocalDate.of(2026, 9, 7).plusWeeks(a % 8);
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("title", "Action " + (a + 1) + ": " + FOCUS[a % FOCUS.length].replace('-', ' ') + " in every class");
            action.put("objectiveId", objectiveIds.get(p).toString());
            action.put("lead", a % 3 == 0 ? "English lead" : a % 3 == 1 ? "Maths lead" : "Assistant headteacher");
            action.put("supportingStaff", List.of("Class teachers", "Teaching assistants"));
            action.put("startDate", start.toString());
            // due dates through the year: some before today's date in the autumn term, so some are overdue
            action.put("dueDate", start.plusWeeks(6 + (a * 7L) % 40).toString());
            action.put("reviewDate", "2026-12-11");
            action.put("resources", Map.of("budgetPence", 25_000L + 5_000L * (a % 11), "time", "Two staff meetings",
                    "staffing", "TA support two afternoons a week", "cpd", "Hub training (2 twilights)"));
            action.put("monitoring", "Half-termly work scrutiny and learning walks by the subject lead");
            action.put("status", ACTION_STATUSES[a % ACTION_STATUSES.length]);
            actionIds.add(id(api.post("/api/v1/priorities/" + priorityIds.get(p) + "/actions", token, action).expect(201)));
        }

        for (int m = 0; m < milestones; m++) {
            int a = m % actions;
            int term = m % TERMS.length;
            Map<String, Object> measure = measure(m);
            Api.Reply created = api.post("/api/v1/actions/" + actionIds.get(a) + "/milestones", token, Map.of(
                    "title", "Milestone " + (m + 1) + " (" + measure.get("type").toString().toLowerCase() + ")",
                    "academicYear", ACADEMIC_YEAR, "term", TERMS[term], "dueDate", TERM_ENDS[term],
                    "measure", measure)).expect(201);
            if ("MANUAL".equals(measure.get("type"))) {
                api.put("/api/v1/milestones/" + id(created) + "/status", token, Map.of(
                        "status", MANUAL_STATUSES[m % MANUAL_STATUSES.length],
                        "reason", "Reviewed at the autumn pupil progress meeting"),
                        Map.of("If-Match", created.header("ETag"))).expect(200);
            }
        }

        List<Map<String, Object>> ratings = new ArrayList<>();
        String[] rags = {"GREEN", "AMBER", "GREEN", "RED", "GREEN", "AMBER"};
        for (int p = 0; p < priorities; p++) {
            ratings.add(Map.of("priorityId", priorityIds.get(p).toString(), "rag", rags[p % rags.length],
                    "commentary", "Autumn review of priority " + (p + 1)));
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("reviewedOn", "2026-11-20");
        review.put("term", "AUTUMN");
        review.put("title", "Autumn term review");
        review.put("progress", "Actions under way in every class");
        review.put("evaluation", "Books show more editing; attendance still below target");
        review.put("impact", "Autumn assessments show early gains in writing");
        review.put("overallRag", "AMBER");
        review.put("ratings", ratings);
        api.post("/api/v1/plans/" + planId + "/reviews", token, review).expect(201);

        JsonNode summary = api.get("/api/v1/plans/" + planId + "/summary", token).expect(200).json();
        int gotPriorities = summary.path("priorities").size();
        int gotActions = summary.path("actions").path("total").asInt();
        int gotMilestones = summary.path("milestones").path("total").asInt();
        if (gotPriorities != priorities || gotActions != actions || gotMilestones != milestones) {
            throw new ScenarioFailed("the plan's summary shows " + gotPriorities + " priorities, " + gotActions
                    + " actions and " + gotMilestones + " milestones; expected " + priorities + ", " + actions + ", "
                    + milestones);
        }
        return new Made(planId, priorities, actions, milestones);
    }

    /** Measures in turn: TRACKING, MONITORING, TRACKING, MANUAL, MONITORING (2:2:1). */
    static Map<String, Object> measure(int m) {
        return switch (m % 5) {
            case 0, 2 -> Map.of("type", "TRACKING", "subject", SUBJECTS[m % SUBJECTS.length],
                    "yearGroups", List.of(1 + m % 6), "pupilGroup", PUPIL_GROUPS[m % PUPIL_GROUPS.length],
                    "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", 60 + m % 20);
            case 1, 4 -> Map.of("type", "MONITORING", "activityType", ACTIVITIES[m % ACTIVITIES.length],
                    "focusTag", FOCUS[m % FOCUS.length], "judgementThreshold", 2);
            default -> Map.of("type", "MANUAL");
        };
    }

    private static UUID id(Api.Reply reply) {
        return UUID.fromString(reply.json().path("id").asText());
    }
}
