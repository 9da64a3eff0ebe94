package org.goldenthread.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What schools, MIS systems and leaders do through the public API, as the black-box tests need
 * it: a plan with a milestone, pupils and assessments imported as an MIS would, results
 * published, monitoring recorded.
 */
public final class Journeys {
    public static final String YEAR = "2026-27";
    private final Api api;

    public Journeys(Api api) {
        this.api = api;
    }

    // ---- plans

    /** A school's plan with one priority, objective and action; returns the action id. */
    public String planWithAction(String token, String schoolId, String title) {
        String planId = api.post("/api/v1/plans", token, IsolationFixture.planBody(schoolId, title)).expect(201).json()
                .path("id").asText();
        String priorityId = api.post("/api/v1/plans/" + planId + "/priorities", token, Map.of(
                "title", "Raise attainment in writing for disadvantaged pupils", "area", "QUALITY_OF_EDUCATION",
                "rationale", "Summer 2026 tracking", "lead", "Deputy headteacher", "addressesKeyIssues", List.of()))
                .expect(201).json().path("id").asText();
        String objectiveId = api.post("/api/v1/priorities/" + priorityId + "/objectives", token, IsolationFixture.objectiveBody())
                .expect(201).json().path("id").asText();
        return api.post("/api/v1/priorities/" + priorityId + "/actions", token, IsolationFixture.actionBody(objectiveId))
                .expect(201).json().path("id").asText();
    }

    public String milestone(String token, String actionId, String title, String term, String dueDate, Map<String, Object> measure) {
        return api.post("/api/v1/actions/" + actionId + "/milestones", token, Map.of("title", title, "academicYear", YEAR,
                "term", term, "dueDate", dueDate, "measure", measure)).expect(201).json().path("id").asText();
    }

    public static Map<String, Object> trackingMeasure(String subject, int yearGroup, String pupilGroup, int target) {
        return Map.of("type", "TRACKING", "subject", subject, "yearGroups", List.of(yearGroup), "pupilGroup", pupilGroup,
                "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", target);
    }

    public static Map<String, Object> monitoringMeasure(String activityType, String focusTag, int threshold) {
        return Map.of("type", "MONITORING", "activityType", activityType, "focusTag", focusTag, "judgementThreshold", threshold);
    }

    public JsonNode milestoneView(String token, String milestoneId) {
        return api.get("/api/v1/milestones/" + milestoneId, token).expect(200).json();
    }

    /** Waits until the milestone has the status. */
    public JsonNode awaitStatus(String token, String milestoneId, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> milestoneView(token, milestoneId), m -> status.equals(m.path("status").asText()));
    }

    public List<JsonNode> evaluations(String token, String milestoneId) {
        JsonNode page = api.get("/api/v1/milestones/" + milestoneId + "/evaluations?limit=500", token).expect(200).json();
        JsonNode items = page.has("items") ? page.path("items") : page;
        return toList(items);
    }

    // ---- tracking

    /**
     * A Year group imported as an MIS would: pupils, then one term's writing teacher assessments.
     * {@code expectedDisadvantaged} of {@code disadvantaged} disadvantaged pupils are at EXS.
     */
    public void importCohort(String misToken, String schoolId, int yearGroup, int disadvantaged, int expectedDisadvantaged,
                             int others, int expectedOthers, String term) {
        StringBuilder pupils = new StringBuilder("schoolId,upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n");
        StringBuilder assessments = new StringBuilder("schoolId,upn,academicYear,term,subject,source,judgement\n");
        int total = disadvantaged + others;
        for (int i = 0; i < total; i++) {
            String upn = Upns.next();
            boolean dis = i < disadvantaged;
            boolean expected = dis ? i < expectedDisadvantaged : (i - disadvantaged) < expectedOthers;
            pupils.append(schoolId).append(',').append(upn).append(",Pupil").append(i).append(",Test,2017-0")
                    .append(1 + i % 9).append("-1").append(i % 9).append(',').append(i % 2 == 0 ? "F" : "M").append(',')
                    .append(yearGroup).append(',').append(dis).append('\n');
            assessments.append(schoolId).append(',').append(upn).append(',').append(YEAR).append(',').append(term)
                    .append(",WRITING,TEACHER_ASSESSMENT,").append(expected ? "EXS" : "WTS").append('\n');
        }
        awaitImport(misToken, api.send("POST", "/api/v1/imports", misToken, pupils.toString(), "text/csv", Map.of()));
        awaitImport(misToken, api.send("POST", "/api/v1/imports", misToken, assessments.toString(), "text/csv", Map.of()));
    }

    private void awaitImport(String token, Api.Reply accepted) {
        accepted.expect(202);
        String location = accepted.header("Location");
        String path = location.startsWith("http") ? java.net.URI.create(location).getPath() : location;
        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(path, token).expect(200).json(),
                        j -> j.path("status").asText().equals("SUCCEEDED") || j.path("status").asText().equals("FAILED"));
        if (!job.path("status").asText().equals("SUCCEEDED")) {
            throw new AssertionError("import failed: " + job);
        }
    }

    public JsonNode publish(String leaderToken, String schoolId, String term) {
        Api.Reply reply = api.post("/api/v1/schools/" + schoolId + "/termly-results/" + YEAR + "/" + term + "/publish",
                leaderToken, Map.of());
        if (reply.status() != 200 && reply.status() != 201) {
            throw new AssertionError("publish answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    // ---- monitoring

    /** A completed activity with one finding; returns the finding's id. */
    public String finding(String token, String schoolId, String type, String focusTag, String plannedOn, int judgement,
                          List<String> linkedMilestones, String followsUp, String outcome) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("schoolId", schoolId);
        activity.put("type", type);
        activity.put("title", "Writing " + type.toLowerCase().replace('_', ' '));
        activity.put("academicYear", YEAR);
        activity.put("plannedOn", plannedOn);
        activity.put("lead", "Deputy headteacher");
        activity.put("subject", "Writing");
        activity.put("yearGroups", List.of(4));
        activity.put("focusTags", List.of(focusTag));
        String activityId = api.post("/api/v1/monitoring-activities", token, activity).expect(201).json().path("id").asText();
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("kind", judgement <= 2 ? "STRENGTH" : "AREA_FOR_DEVELOPMENT");
        finding.put("statement", "Next steps in Year 4 books: judged " + judgement + " " + UUID.randomUUID());
        finding.put("judgement", judgement);
        finding.put("focusTags", List.of(focusTag));
        finding.put("linkedMilestoneIds", linkedMilestones);
        if (followsUp != null) {
            finding.put("followsUpFindingId", followsUp);
            finding.put("followUpOutcome", outcome);
        }
        String findingId = api.post("/api/v1/monitoring-activities/" + activityId + "/findings", token, finding)
                .expect(201).json().path("id").asText();
        JsonNode current = api.get("/api/v1/monitoring-activities/" + activityId, token).expect(200).json();
        api.post("/api/v1/monitoring-activities/" + activityId + "/complete", token,
                Map.of("completedOn", plannedOn, "summary", "Books from Year 4 sampled"),
                Map.of("If-Match", "\"" + current.path("version").asLong() + "\"")).expect(200);
        return findingId;
    }

    // ---- feeds

    /** Every event of a feed, following next links until a page is empty. */
    public List<JsonNode> feed(String path, String token) {
        List<JsonNode> events = new java.util.ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=200";
        for (int pages = 0; pages < 10_000; pages++) {
            JsonNode page = api.get(next, token).expect(200).json();
            if (page.path("items").isEmpty()) {
                break;
            }
            page.path("items").forEach(events::add);
            next = page.path("next").asText();
        }
        return events;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
