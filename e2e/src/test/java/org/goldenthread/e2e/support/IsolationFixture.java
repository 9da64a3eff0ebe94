package org.goldenthread.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.devstack.GoldenThreadSystem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The tenant-isolation suite's world: trust A with schools A0 and A1, trust B with school B0, and
 * in A0 one of everything the API knows, made through the gateway as the school would make it
 * (a plan with its parts, pupils with assessments and targets, an MIS import, published termly
 * results, monitoring with an ordinary and a confidential finding, evidence, a self-evaluation,
 * frameworks, an API client and a user). Every id is recorded by name in {@link #ids()}.
 */
public final class IsolationFixture {
    public static final String YEAR = "2026-27";
    public static final String TERM = "AUTUMN";
    public static final String SUBJECT = "WRITING";
    public static final String SOURCE = "TEACHER_ASSESSMENT";
    public static final String TOOLKIT = "d0c5f010-2010-4000-8000-000000000001";
    public static final String FOCUS = "isolation-marking";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger YEARS = new AtomicInteger();
    private static final AtomicInteger URNS = new AtomicInteger(800_000 + (int) (System.nanoTime() % 90_000));

    private final PatientApi api;
    private final Tenants.Trust a;
    private final Tenants.Trust b;
    private final String admin;
    private final Ids ids = new Ids();
    private final Caller schoolLeader;
    private final Caller mis;
    private final Caller trustLeader;
    private final Caller analytics;
    private final Caller platformAdmin;
    private final List<Caller> callers = new ArrayList<>();
    /** Everything of trust A that is visible trust-wide (the trust, its other school, trust-level records). */
    private final Set<String> trustLevel = new LinkedHashSet<>();
    /** Everything of school A0 (ids, the pupil's UPN and names). */
    private final Set<String> schoolLevel = new LinkedHashSet<>();
    /** The confidential finding: only A0's school leaders and its observer may see it. */
    private final Set<String> confidential = new LinkedHashSet<>();
    /** Who A0's pupils are: never in events, never to governors or trust-wide roles. */
    private final Set<String> pupilIdentity = new LinkedHashSet<>();

    private IsolationFixture(GoldenThreadSystem system) {
        this.api = new PatientApi(new Api(system.gateway()));
        this.a = Tenants.create(system, "Isolation A", 2);
        this.b = Tenants.create(system, "Isolation B", 1);
        this.admin = api.api().clientToken(GoldenThreadSystem.ADMIN_CLIENT_ID, system.adminClientSecret());
        schoolLeader = Caller.of(a, "school-leader:0", Caller.Relation.OWN_SCHOOL, "SCHOOL_LEADER");
        mis = Caller.of(a, "mis:0", Caller.Relation.OWN_SCHOOL, "MIS_INTEGRATION");
        trustLeader = Caller.of(a, "trust-leader", Caller.Relation.OWN_TRUST, "TRUST_LEADER");
        analytics = Caller.of(a, "analytics", Caller.Relation.OWN_TRUST, "ANALYTICS");
        platformAdmin = new Caller("platform administrator", Caller.Relation.OWN_TRUST, "PLATFORM_ADMIN", null,
                "client:" + GoldenThreadSystem.ADMIN_CLIENT_ID, () -> admin);
        callers.add(schoolLeader);
        callers.add(Caller.of(a, "subject-leader:0", Caller.Relation.OWN_SCHOOL, "SUBJECT_LEADER"));
        callers.add(Caller.of(a, "teacher:0", Caller.Relation.OWN_SCHOOL, "TEACHER"));
        callers.add(Caller.of(a, "governor:0", Caller.Relation.OWN_SCHOOL, "GOVERNOR"));
        callers.add(mis);
        callers.add(Caller.of(a, "mis", Caller.Relation.OWN_SCHOOL, "MIS_INTEGRATION"));
        callers.add(trustLeader);
        callers.add(analytics);
        callers.add(Caller.of(a, "school-leader:1", Caller.Relation.OTHER_SCHOOL, "SCHOOL_LEADER"));
        callers.add(Caller.of(a, "subject-leader:1", Caller.Relation.OTHER_SCHOOL, "SUBJECT_LEADER"));
        callers.add(Caller.of(a, "teacher:1", Caller.Relation.OTHER_SCHOOL, "TEACHER"));
        callers.add(Caller.of(a, "governor:1", Caller.Relation.OTHER_SCHOOL, "GOVERNOR"));
        callers.add(Caller.of(a, "mis:1", Caller.Relation.OTHER_SCHOOL, "MIS_INTEGRATION"));
        callers.add(Caller.of(b, "school-leader:0", Caller.Relation.OTHER_TRUST, "SCHOOL_LEADER"));
        callers.add(Caller.of(b, "subject-leader:0", Caller.Relation.OTHER_TRUST, "SUBJECT_LEADER"));
        callers.add(Caller.of(b, "teacher:0", Caller.Relation.OTHER_TRUST, "TEACHER"));
        callers.add(Caller.of(b, "governor:0", Caller.Relation.OTHER_TRUST, "GOVERNOR"));
        callers.add(Caller.of(b, "trust-leader", Caller.Relation.OTHER_TRUST, "TRUST_LEADER"));
        callers.add(Caller.of(b, "mis", Caller.Relation.OTHER_TRUST, "MIS_INTEGRATION"));
        callers.add(Caller.of(b, "analytics", Caller.Relation.OTHER_TRUST, "ANALYTICS"));
    }

    /** Builds the whole fixture through the gateway; takes a few seconds. */
    public static IsolationFixture create(GoldenThreadSystem system) {
        IsolationFixture f = new IsolationFixture(system);
        f.build();
        return f;
    }

    public PatientApi api() {
        return api;
    }

    public Ids ids() {
        return ids;
    }

    public Tenants.Trust trustA() {
        return a;
    }

    public Tenants.Trust trustB() {
        return b;
    }

    /** Every caller of the matrix, in a fixed order: A0's own, trust A's trust-wide, A1's, then trust B's. */
    public List<Caller> callers() {
        return List.copyOf(callers);
    }

    public Caller schoolLeader() {
        return schoolLeader;
    }

    public Caller mis() {
        return mis;
    }

    public Caller trustLeader() {
        return trustLeader;
    }

    public Caller analytics() {
        return analytics;
    }

    public Caller platformAdmin() {
        return platformAdmin;
    }

    public Caller caller(String label) {
        return callers.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no caller " + label));
    }

    /**
     * What this caller must never see in any answer: trust B sees nothing of trust A; school A1
     * nothing of school A0; within A0, only its school leaders and the observer see the
     * confidential finding, and only A0's staff and MIS see who its pupils are.
     */
    public Set<String> secretsFrom(Caller caller) {
        Set<String> secrets = new LinkedHashSet<>();
        switch (caller.relation()) {
            case OTHER_TRUST -> {
                secrets.addAll(trustLevel);
                secrets.addAll(schoolLevel);
                secrets.addAll(confidential);
            }
            case OTHER_SCHOOL -> {
                secrets.addAll(schoolLevel);
                secrets.addAll(confidential);
            }
            default -> {
                if (caller != schoolLeader) {
                    secrets.addAll(confidential);
                }
                if (!Set.of("SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "MIS_INTEGRATION").contains(caller.role())) {
                    secrets.addAll(pupilIdentity);
                }
            }
        }
        return secrets;
    }

    /** Who A0's pupils are (ids, UPNs, names): no event feed may carry them, whoever reads it. */
    public Set<String> pupilIdentity() {
        return Set.copyOf(pupilIdentity);
    }

    /** Every id and marker of trust A. */
    public Set<String> everythingOfTrustA() {
        Set<String> all = new LinkedHashSet<>(trustLevel);
        all.addAll(schoolLevel);
        all.addAll(confidential);
        return all;
    }

    // ------------------------------------------------------------------ building

    private void build() {
        String lead = schoolLeader.token();
        String schoolA0 = a.school(0).id();
        ids.put("trustA", a.id()).put("schoolA0", schoolA0).put("schoolA1", a.school(1).id())
                .put("trustB", b.id()).put("schoolB0", b.school(0).id())
                .put("year", YEAR).put("term", TERM).put("subject", SUBJECT).put("source", SOURCE)
                .put("toolkit", TOOLKIT).put("focus", FOCUS).put("trustName", a.name())
                .put("urnA0", a.school(0).urn()).put("nameA0", a.school(0).name()).put("selfEvaluationYear", YEAR);
        trustLevel.addAll(List.of(a.id(), a.school(1).id(), a.name()));
        schoolLevel.addAll(List.of(schoolA0, a.school(0).name()));

        // plans: a school plan with one of every part
        String planTitle = "Isolation plan " + a.name();
        String plan = created(api.post("/api/v1/plans", lead, planBody(schoolA0, planTitle)));
        String priority = created(api.post("/api/v1/plans/" + plan + "/priorities", lead, priorityBody()));
        String objective = created(api.post("/api/v1/priorities/" + priority + "/objectives", lead, objectiveBody()));
        String action = created(api.post("/api/v1/priorities/" + priority + "/actions", lead, actionBody(objective)));
        String milestone = created(api.post("/api/v1/actions/" + action + "/milestones", lead, milestoneBody(
                Map.of("type", "MONITORING", "activityType", "WORK_SCRUTINY", "focusTag", FOCUS, "judgementThreshold", 2))));
        String review = created(api.post("/api/v1/plans/" + plan + "/reviews", lead, reviewBody(priority)));
        ids.put("plan", plan).put("planTitle", planTitle).put("priority", priority).put("objective", objective).put("action", action)
                .put("milestone", milestone).put("review", review);
        // an approved plan, so that A0's part of the plans feed is not empty
        String approved = approvedPlan().get("plan");
        ids.put("approvedPlan", approved);
        schoolLevel.addAll(List.of(plan, priority, objective, action, milestone, review, approved));

        // tracking: a pupil with an assessment and a target, an MIS import, published results
        String upn = Upns.next();
        String surname = "Isolde-" + UUID.randomUUID().toString().substring(0, 8);
        String pupil = created(api.post("/api/v1/schools/" + schoolA0 + "/pupils", lead, pupilBody(upn, surname)));
        ids.put("pupil", pupil).put("upn", upn).put("surname", surname);
        api.put("/api/v1/pupils/" + pupil + "/assessments/" + YEAR + "/" + TERM + "/" + SUBJECT + "/" + SOURCE, lead,
                Map.of("judgement", "WTS"), Map.of()).expect(201);
        String targetEtag = api.put("/api/v1/pupils/" + pupil + "/targets/" + YEAR + "/" + SUBJECT, lead,
                Map.of("judgement", "EXS"), Map.of()).expect(201).header("ETag");
        ids.put("targetEtag", targetEtag);
        String importedUpn = Upns.next();
        String importedSurname = "Imported-" + UUID.randomUUID().toString().substring(0, 8);
        String importJob = importPupils(mis.token(), schoolA0, importedUpn, importedSurname);
        ids.put("import", importJob);
        String importedPupil = api.get("/api/v1/schools/" + schoolA0 + "/pupils?limit=500", lead).expect(200).json()
                .path("items").findParents("upn").stream().filter(p -> p.path("upn").asText().equals(importedUpn))
                .map(p -> p.path("id").asText()).findFirst().orElseThrow(() -> new AssertionError("imported pupil not listed"));
        ids.put("importedPupil", importedPupil);
        Api.Reply published = api.post("/api/v1/schools/" + schoolA0 + "/termly-results/" + YEAR + "/" + TERM + "/publish",
                lead, Map.of());
        if (published.status() != 200 && published.status() != 201) {
            throw new AssertionError("publishing answered " + published.status() + ": " + published.body());
        }
        ids.put("version", "1");
        schoolLevel.addAll(List.of(pupil, upn, surname, importJob, importedPupil, importedUpn, importedSurname));
        pupilIdentity.addAll(List.of(pupil, upn, surname, importedPupil, importedUpn, importedSurname));

        // monitoring: an activity with a finding and a confidential one, evidence, completed
        String activity = created(api.post("/api/v1/monitoring-activities", lead, activityBody(schoolA0, "2026-10-15")));
        String finding = created(api.post("/api/v1/monitoring-activities/" + activity + "/findings", lead,
                findingBody(3, List.of(milestone), false, "Next steps in Year 4 books are not acted on")));
        String secretStatement = "Confidential observation " + UUID.randomUUID();
        String confidentialFinding = created(api.post("/api/v1/monitoring-activities/" + activity + "/findings", lead,
                findingBody(3, List.of(), true, secretStatement)));
        String evidence = created(uploadEvidence(lead, schoolA0, activity, "Year 4 book sample"));
        String deletedEvidence = created(uploadEvidence(lead, schoolA0, activity, "Duplicate scan"));
        api.send("DELETE", "/api/v1/evidence/" + deletedEvidence + "?reason=duplicate", lead, null, null,
                Map.of("If-Match", etag("/api/v1/evidence/" + deletedEvidence, lead))).expect(200);
        api.post("/api/v1/monitoring-activities/" + activity + "/complete", lead,
                Map.of("completedOn", "2026-10-15", "summary", "Books from Year 4 sampled"),
                Map.of("If-Match", etag("/api/v1/monitoring-activities/" + activity, lead))).expect(200);
        ids.put("activity", activity).put("finding", finding).put("confidentialFinding", confidentialFinding)
                .put("evidence", evidence).put("deletedEvidence", deletedEvidence);
        schoolLevel.addAll(List.of(activity, finding, evidence, deletedEvidence));
        confidential.addAll(List.of(confidentialFinding, secretStatement));

        // self-evaluation against the built-in toolkit, one standard rated; custom frameworks
        String selfEvaluation = created(api.post("/api/v1/self-evaluations", lead,
                Map.of("schoolId", schoolA0, "academicYear", YEAR, "frameworkId", TOOLKIT)));
        String standard = api.get("/api/v1/frameworks/" + TOOLKIT, lead).expect(200).json()
                .path("coreElements").path(1).path("standards").path(0).path("id").asText();
        ids.put("selfEvaluation", selfEvaluation).put("standard", standard);
        String rating = "/api/v1/self-evaluations/" + selfEvaluation + "/ratings/" + standard;
        api.put(rating, lead, ratingBody(), Map.of("If-Match", etag(rating, lead))).expect(200);
        String schoolFramework = created(api.post("/api/v1/frameworks", lead, frameworkBody(schoolA0, "A0 phonics review")));
        String trustFramework = created(api.post("/api/v1/frameworks", trustLeader.token(), frameworkBody(null, "Trust curriculum review")));
        ids.put("schoolFramework", schoolFramework).put("trustFramework", trustFramework);
        schoolLevel.addAll(List.of(selfEvaluation, schoolFramework));
        trustLevel.add(trustFramework);

        // the registry: an API client and a user of trust A
        String client = api.post("/api/v1/clients", trustLeader.token(), clientBody("A0 MIS integration", schoolA0))
                .expect(201).json().path("client").path("id").asText();
        String user = created(api.post("/api/v1/trusts/" + a.id() + "/users", trustLeader.token(), userBody(schoolA0)));
        ids.put("client", client).put("user", user);
        trustLevel.addAll(List.of(client, user));

        // trust B's own records, for requests from A0 that name them
        String otherLead = b.token("school-leader:0");
        String schoolB0 = b.school(0).id();
        String planB = created(api.post("/api/v1/plans", otherLead, planBody(schoolB0, "Other trust plan")));
        String priorityB = created(api.post("/api/v1/plans/" + planB + "/priorities", otherLead, priorityBody()));
        String objectiveB = created(api.post("/api/v1/priorities/" + priorityB + "/objectives", otherLead, objectiveBody()));
        String actionB = created(api.post("/api/v1/priorities/" + priorityB + "/actions", otherLead, actionBody(objectiveB)));
        String milestoneB = created(api.post("/api/v1/actions/" + actionB + "/milestones", otherLead, milestoneBody(
                Map.of("type", "MONITORING", "activityType", "WORK_SCRUTINY", "focusTag", FOCUS, "judgementThreshold", 2))));
        String activityB = created(api.post("/api/v1/monitoring-activities", otherLead, activityBody(schoolB0, "2026-11-05")));
        String findingB = created(api.post("/api/v1/monitoring-activities/" + activityB + "/findings", otherLead,
                findingBody(2, List.of(), false, "Other trust: modelled writing in every class")));
        String evidenceB = created(uploadEvidence(otherLead, schoolB0, activityB, "Other trust sample"));
        String frameworkB = created(api.post("/api/v1/frameworks", b.token("trust-leader"), frameworkBody(null, "Other trust review")));
        ids.put("planB", planB).put("priorityB", priorityB).put("objectiveB", objectiveB).put("actionB", actionB)
                .put("milestoneB", milestoneB).put("activityB", activityB).put("findingB", findingB).put("evidenceB", evidenceB)
                .put("frameworkB", frameworkB);

        // the finding reached plans-service: the milestone's trail is settled before the matrix starts
        await("milestone AT_RISK from the work scrutiny finding").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/v1/milestones/" + milestone, lead).expect(200).json().path("status").asText(),
                        "AT_RISK"::equals);
    }

    private String importPupils(String token, String schoolId, String upn, String surname) {
        String csv = "upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n"
                + upn + ",Imogen," + surname + ",2018-02-11,F,4,false\n";
        Api.Reply accepted = api.send("POST", "/api/v1/imports?schoolId=" + schoolId, token, csv, "text/csv", Map.of())
                .expect(202);
        String location = accepted.header("Location");
        String path = location.startsWith("http") ? URI.create(location).getPath() : location;
        JsonNode job = await("import job").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(path, token).expect(200).json(),
                        j -> j.path("status").asText().equals("SUCCEEDED") || j.path("status").asText().equals("FAILED"));
        if (!job.path("status").asText().equals("SUCCEEDED")) {
            throw new AssertionError("import failed: " + job);
        }
        return job.path("id").asText();
    }

    // ------------------------------------------------------------------ disposable resources for the owner's own writes

    /** A fresh draft plan of A0 with one priority, objective, action, milestone and review. */
    public Map<String, String> draftPlan() {
        String lead = schoolLeader.token();
        String plan = created(api.post("/api/v1/plans", lead, planBody(ids.get("schoolA0"), "Spare plan " + SEQUENCE.incrementAndGet())));
        String priority = created(api.post("/api/v1/plans/" + plan + "/priorities", lead, priorityBody()));
        String objective = created(api.post("/api/v1/priorities/" + priority + "/objectives", lead, objectiveBody()));
        String action = created(api.post("/api/v1/priorities/" + priority + "/actions", lead, actionBody(objective)));
        String milestone = created(api.post("/api/v1/actions/" + action + "/milestones", lead,
                milestoneBody(Map.of("type", "MANUAL"))));
        String review = created(api.post("/api/v1/plans/" + plan + "/reviews", lead, reviewBody(priority)));
        return Map.of("plan", plan, "priority", priority, "objective", objective, "action", action, "milestone", milestone,
                "review", review);
    }

    /** An objective with no actions working towards it, in a fresh draft plan. */
    public Map<String, String> spareObjective() {
        Map<String, String> spare = draftPlan();
        String objective = created(api.post("/api/v1/priorities/" + spare.get("priority") + "/objectives",
                schoolLeader.token(), objectiveBody()));
        return Map.of("plan", spare.get("plan"), "objective", objective);
    }

    /** An academic year nothing has been recorded for yet (2030-31, 2031-32, …). */
    public String freshYear() {
        int start = 2030 + YEARS.incrementAndGet();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** A draft plan's milestone measured by tracking, whose status a reviewer has overridden. */
    public Map<String, String> overriddenMilestone() {
        String lead = schoolLeader.token();
        Map<String, String> spare = draftPlan();
        String milestone = created(api.post("/api/v1/actions/" + spare.get("action") + "/milestones", lead, milestoneBody(
                Map.of("type", "TRACKING", "subject", "WRITING", "yearGroups", List.of(4), "pupilGroup", "DISADVANTAGED",
                        "metric", "PCT_AT_OR_ABOVE_EXPECTED", "comparator", "AT_LEAST", "target", 65))));
        api.put("/api/v1/milestones/" + milestone + "/status", lead, Map.of("status", "ON_TRACK", "reason", "Moderated at the trust"),
                Map.of("If-Match", etag("/api/v1/milestones/" + milestone, lead))).expect(200);
        return Map.of("plan", spare.get("plan"), "milestone", milestone);
    }

    /** A pupil of A0 with a writing target, and the ETag that target was set with. */
    public Map<String, String> pupilWithTarget() {
        String lead = schoolLeader.token();
        String pupil = created(api.post("/api/v1/schools/" + ids.get("schoolA0") + "/pupils", lead,
                pupilBody(Upns.next(), unique("Spare").replace(' ', '-'))));
        String etag = api.put("/api/v1/pupils/" + pupil + "/targets/" + YEAR + "/" + SUBJECT, lead, Map.of("judgement", "EXS"),
                Map.of()).expect(201).header("ETag");
        return Map.of("pupil", pupil, "targetEtag", etag);
    }

    /** A planned activity of A0 with nothing recorded on it yet. */
    public Map<String, String> activityWithoutFindings() {
        return Map.of("activity", created(api.post("/api/v1/monitoring-activities", schoolLeader.token(),
                activityBody(ids.get("schoolA0"), "2027-03-08"))));
    }

    public Map<String, String> approvedPlan() {
        String lead = schoolLeader.token();
        String plan = draftPlan().get("plan");
        api.post("/api/v1/plans/" + plan + "/approve", lead, Map.of("note", "Approved by the standards committee"),
                Map.of("If-Match", etag("/api/v1/plans/" + plan, lead))).expect(200);
        return Map.of("plan", plan);
    }

    public Map<String, String> activePlan() {
        String lead = schoolLeader.token();
        String plan = approvedPlan().get("plan");
        api.post("/api/v1/plans/" + plan + "/activate", lead, null, Map.of("If-Match", etag("/api/v1/plans/" + plan, lead)))
                .expect(200);
        return Map.of("plan", plan);
    }

    /** A planned (not completed) activity of A0 with one finding, linked to nothing, so nothing is published. */
    public Map<String, String> plannedActivity() {
        String lead = schoolLeader.token();
        String activity = created(api.post("/api/v1/monitoring-activities", lead,
                activityBody(ids.get("schoolA0"), "2027-01-18")));
        Map<String, Object> finding = new LinkedHashMap<>(findingBody(2, List.of(), false, "Modelled writing seen in most classes"));
        finding.put("focusTags", List.of("spare-" + SEQUENCE.incrementAndGet()));
        String findingId = created(api.post("/api/v1/monitoring-activities/" + activity + "/findings", lead, finding));
        return Map.of("activity", activity, "finding", findingId);
    }

    public Map<String, String> spareEvidence() {
        return Map.of("evidence", created(uploadEvidence(schoolLeader.token(), ids.get("schoolA0"), ids.get("activity"),
                "Spare sample " + SEQUENCE.incrementAndGet())));
    }

    public Map<String, String> spareClient() {
        return Map.of("client", api.post("/api/v1/clients", trustLeader.token(),
                clientBody("Spare MIS " + SEQUENCE.incrementAndGet(), ids.get("schoolA0"))).expect(201).json()
                .path("client").path("id").asText());
    }

    // ------------------------------------------------------------------ request bodies, as the owner sends them

    public static Map<String, Object> planBody(String schoolId, String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("schoolId", schoolId);
        plan.put("title", title);
        plan.put("academicYear", YEAR);
        plan.put("layer", "STRATEGIC");
        plan.put("selfEvaluationLinks", List.of(Map.of("title", "Self-evaluation, summer 2026",
                "reference", "Toolkit core element 2", "summary", "Writing weakest for disadvantaged pupils")));
        plan.put("governorsRole", "The standards committee reviews milestones each term");
        return plan;
    }

    public static Map<String, Object> priorityBody() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", "Raise attainment in writing for disadvantaged pupils");
        p.put("area", "QUALITY_OF_EDUCATION");
        p.put("rationale", "Summer 2026: 58% of Year 4 at expected in writing against 74% in reading");
        p.put("lead", "Deputy headteacher");
        p.put("addressesKeyIssues", List.of());
        return p;
    }

    public static Map<String, Object> objectiveBody() {
        return Map.of("title", "Disadvantaged Year 4 pupils write at the expected standard",
                "successCriterion", "At least 65% of disadvantaged Year 4 at or above expected in writing");
    }

    public static Map<String, Object> actionBody(String objectiveId) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("title", "Weekly modelled writing in Year 4");
        action.put("objectiveId", objectiveId);
        action.put("lead", "English lead");
        action.put("supportingStaff", List.of("Year 4 teachers"));
        action.put("startDate", "2026-09-07");
        action.put("dueDate", "2027-07-16");
        action.put("resources", Map.of("budgetPence", 60_000, "time", "Two staff meetings", "cpd", "English hub twilight"));
        action.put("monitoring", "Work scrutiny in January and June");
        action.put("status", "IN_PROGRESS");
        return action;
    }

    public static Map<String, Object> milestoneBody(Map<String, Object> measure) {
        return Map.of("title", "Work scrutiny finds next steps acted on in most Year 4 books", "academicYear", YEAR,
                "term", "SPRING", "dueDate", "2027-03-31", "measure", measure);
    }

    public static Map<String, Object> reviewBody(String priorityId) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("reviewedOn", "2026-12-10");
        review.put("term", "AUTUMN");
        review.put("title", "Autumn term review");
        review.put("progress", "Modelled writing happens weekly in both Year 4 classes");
        review.put("overallRag", "AMBER");
        review.put("ratings", List.of(Map.of("priorityId", priorityId, "rag", "AMBER", "commentary", "Books show it starting")));
        return review;
    }

    public static Map<String, Object> pupilBody(String upn, String surname) {
        Map<String, Object> pupil = new LinkedHashMap<>();
        pupil.put("upn", upn);
        pupil.put("firstName", "Isla");
        pupil.put("lastName", surname);
        pupil.put("dateOfBirth", "2018-05-03");
        pupil.put("sex", "F");
        pupil.put("yearGroup", 4);
        pupil.put("className", "4K");
        pupil.put("disadvantaged", true);
        return pupil;
    }

    public static Map<String, Object> activityBody(String schoolId, String plannedOn) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("schoolId", schoolId);
        activity.put("type", "WORK_SCRUTINY");
        activity.put("title", "Year 4 writing work scrutiny");
        activity.put("academicYear", YEAR);
        activity.put("plannedOn", plannedOn);
        activity.put("lead", "Deputy headteacher");
        activity.put("subject", "Writing");
        activity.put("yearGroups", List.of(4));
        activity.put("focusTags", List.of(FOCUS));
        return activity;
    }

    public static Map<String, Object> findingBody(int judgement, List<String> milestones, boolean confidential, String statement) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("kind", judgement <= 2 ? "STRENGTH" : "AREA_FOR_DEVELOPMENT");
        finding.put("statement", statement);
        finding.put("judgement", judgement);
        finding.put("focusTags", List.of(FOCUS));
        finding.put("linkedMilestoneIds", milestones);
        finding.put("confidential", confidential);
        return finding;
    }

    public static Map<String, Object> ratingBody() {
        return Map.of("rating", 2, "evidenceNotes", "Termly pupil progress meetings for every class since September",
                "actionNotes", "Embed progress meetings in Reception by February half-term");
    }

    public static Map<String, Object> frameworkBody(String schoolId, String title) {
        Map<String, Object> framework = new LinkedHashMap<>();
        framework.put("title", title);
        framework.put("description", "Our own review of early reading");
        if (schoolId != null) {
            framework.put("schoolId", schoolId);
        }
        framework.put("coreElements", List.of(Map.of("title", "Early reading",
                "questions", List.of("Do pupils who fall behind catch up quickly?"),
                "standards", List.of(Map.of("title", "Phonics is taught daily from Reception",
                        "description", "All staff are trained; lessons follow the programme's sequence")))));
        return framework;
    }

    public static Map<String, Object> clientBody(String name, String schoolId) {
        return Map.of("name", name, "roles", List.of("MIS_INTEGRATION"), "schoolIds", List.of(schoolId),
                "rateLimit", Map.of("requestsPerSecond", 50, "burst", 100));
    }

    public static Map<String, Object> userBody(String schoolId) {
        return Map.of("username", "isolation-teacher-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID() + "@example.test",
                "displayName", "Year 4 teacher", "password", Tenants.PASSWORD, "roles", List.of("TEACHER"),
                "schoolIds", List.of(schoolId));
    }

    public static Map<String, Object> userUpdateBody(String schoolId) {
        return Map.of("displayName", "Year 4 teacher", "roles", List.of("TEACHER"), "schoolIds", List.of(schoolId),
                "enabled", true);
    }

    public static Map<String, Object> schoolBody(String name) {
        return Map.of("urn", nextUrn(), "name", name, "phase", "PRIMARY", "localAuthority", "Hampshire",
                "statutoryLowAge", 4, "statutoryHighAge", 11);
    }

    public static String nextUrn() {
        return String.valueOf(URNS.incrementAndGet());
    }

    public static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PatientApi.Multipart evidenceForm(String schoolId, String activityId, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("schoolId", schoolId);
        fields.put("kind", "WORK_SAMPLE");
        fields.put("title", title);
        fields.put("description", "Scanned pages from two Year 4 books");
        fields.put("activityId", activityId);
        fields.put("confidential", "false");
        return PatientApi.Multipart.of(fields, "sample.txt", "text/plain",
                "Next step: use a fronted adverbial in your opening sentence.\n".getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply uploadEvidence(String token, String schoolId, String activityId, String title) {
        PatientApi.Multipart form = evidenceForm(schoolId, activityId, title);
        return api.send("POST", "/api/v1/evidence", token, form.bytes(), form.contentType(), Map.of());
    }

    /** The ETag of a resource as the token's holder reads it. */
    public String etag(String path, String token) {
        Api.Reply reply = api.get(path, token).expect(200);
        String etag = reply.header("ETag");
        if (etag == null) {
            throw new AssertionError("no ETag on GET " + path);
        }
        return etag;
    }

    private static String created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("expected 201 but got " + reply.status() + ": " + reply.body());
        }
        String id = reply.json().path("id").asText();
        if (id.isBlank()) {
            throw new AssertionError("no id in " + reply.body());
        }
        return id;
    }
}
