package org.goldenthread.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.e2e.support.Api;
import org.goldenthread.e2e.support.Caller;
import org.goldenthread.e2e.support.Ids;
import org.goldenthread.e2e.support.IsolationFixture;
import org.goldenthread.e2e.support.IsolationRoutes;
import org.goldenthread.e2e.support.PatientApi;
import org.goldenthread.e2e.support.Route;
import org.goldenthread.e2e.support.Route.Expected;
import org.goldenthread.e2e.support.RunningSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tenant isolation, black box, through the gateway, on the four packaged services: every operation
 * of the merged OpenAPI document, called by school A0's own staff and MIS, trust A's trust-wide
 * roles, school A1's staff (same trust) and trust B's staff, trust leader, MIS and analytics.
 * Another tenant's ids answer 404 exactly like unknown ones (403 where the role may not use the
 * route at all), a refused write changes nothing, lists and feeds never show A0, and the owner's
 * own call succeeds, so the suite would see a leak. Mass-assigned tenant and audit fields are
 * ignored, and a body naming another tenant's school or records creates nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {

    private static final List<Route> ROUTES = IsolationRoutes.all();
    private static final Set<String> AUDIT_FIELDS = Set.of("createdBy", "recordedBy", "uploadedBy", "updatedBy", "approvedBy",
            "publishedBy", "submittedBy");
    private static final String INTRUDER = "intruder@other-trust.test";

    private static IsolationFixture fixture;
    private static PatientApi api;

    @BeforeAll
    static void fixture() {
        fixture = IsolationFixture.create(RunningSystem.get());
        api = fixture.api();
    }

    // ------------------------------------------------------------------ the table is the whole API

    @Test
    @Order(1)
    void theRouteTableNamesEveryOperationOfTheMergedOpenApiDocumentAndNoOther() {
        JsonNode doc = api.get("/openapi", null).expect(200).json();
        doc.path("x-golden-thread-services").fields().forEachRemaining(service ->
                assertEquals("included", service.getValue().asText(), service.getKey() + " is missing from the merged document"));
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch", "head", "options").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        List<String> tabled = ROUTES.stream().map(Route::operation).toList();
        Set<String> duplicates = tabled.stream().filter(op -> tabled.indexOf(op) != tabled.lastIndexOf(op))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(duplicates.isEmpty(), "operations in the route table twice: " + duplicates);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        Set<String> stale = new TreeSet<>(tabled);
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), "operations of the API that the isolation suite does not test (add them to "
                + "IsolationRoutes): " + missing);
        assertTrue(stale.isEmpty(), "operations in IsolationRoutes that the API no longer has: " + stale);
    }

    @TestFactory
    @Order(2)
    Stream<DynamicNode> publicRoutesCarryNoTenantsData() {
        return ROUTES.stream().filter(r -> r.kind() == Route.Kind.PUBLIC && r.method().equals("GET"))
                .map(r -> DynamicTest.dynamicTest(r.operation() + " without a token → 200", () -> {
                    Api.Reply reply = api.get(r.target(), null);
                    assertEquals(200, reply.status(), reply.body());
                    assertNoSecrets(reply.body(), fixture.everythingOfTrustA(), r.operation() + " without a token");
                }));
    }

    // ------------------------------------------------------------------ the matrix: every route as every caller

    @TestFactory
    @Order(3)
    Stream<DynamicNode> everyRouteAsEveryCaller() {
        return ROUTES.stream().filter(r -> r.kind() != Route.Kind.PUBLIC).map(this::routeContainer);
    }

    private DynamicContainer routeContainer(Route route) {
        Caller owner = route.owner(fixture);
        List<DynamicNode> cases = new ArrayList<>();
        Snapshots snapshots = new Snapshots(route, owner);
        for (Caller caller : fixture.callers()) {
            if (caller.label().equals(owner.label())) {
                continue;
            }
            Expected expected = expected(route, caller);
            if (expected == null) {
                continue;
            }
            cases.add(DynamicTest.dynamicTest(route.operation() + " as " + caller.label() + " → " + expected.status(),
                    () -> refusedOrScoped(route, caller, expected, snapshots)));
            if (route.kind() == Route.Kind.COLLECTION && caller.relation().other() && expected.status() == 200) {
                for (Route.Filter filter : route.filters()) {
                    int status = caller.relation() == Caller.Relation.OTHER_SCHOOL ? filter.otherSchool() : filter.otherTrust();
                    cases.add(DynamicTest.dynamicTest(route.operation() + "?" + filter.query() + " as " + caller.label() + " → " + status,
                            () -> filtered(route, filter, caller, status)));
                }
            }
        }
        cases.add(DynamicTest.dynamicTest(route.operation() + " as its owner, " + owner.label() + " → " + route.ok(),
                () -> ownersCall(route, owner)));
        return DynamicContainer.dynamicContainer(route.operation(), cases);
    }

    /** The answer a caller gets, by the rules of DESIGN.md; null when the case is not run (another own-school writer). */
    private static Expected expected(Route route, Caller caller) {
        Expected override = route.override(caller);
        if (override != null) {
            return override;
        }
        if (route.kind() == Route.Kind.ADMIN_ONLY) {
            return Expected.of(403, "only the platform administrator may");
        }
        if (!route.roles().contains(caller.role())) {
            return Expected.of(403, caller.role() + " may not use this route at all");
        }
        boolean seesAsOwn = switch (caller.relation()) {
            case OWN_SCHOOL, OWN_TRUST -> true;
            case OTHER_SCHOOL -> route.isTrustRecord();
            case OTHER_TRUST -> false;
        };
        if (seesAsOwn) {
            // own-school writers other than the owner would only repeat the owner's write
            return route.write() ? null : Expected.of(200, "their own school's");
        }
        return route.kind() == Route.Kind.COLLECTION ? Expected.of(200, "their own list, without A0")
                : Expected.of(404, "another tenant's id is not found");
    }

    private void refusedOrScoped(Route route, Caller caller, Expected expected, Snapshots snapshots) {
        Ids ids = fixture.ids();
        String path = ids.expand(route.target());
        Object body = route.body(ids);
        Map<String, String> headers = new LinkedHashMap<>();
        List<Snapshot> before = null;
        if (route.write()) {
            before = snapshots.current();
            if (route.self() != null) {
                headers.put("If-Match", before.get(0).etag());
            }
        }
        ifMatchFromFixture(route, ids, headers);
        Api.Reply reply = send(route, caller.token(), path, body, headers);
        String what = route.operation() + " as " + caller.label();
        assertAnswer(what, reply, expected);
        if (route.write()) {
            snapshots.assertUnchanged(before, what);
        }
        Set<String> secrets = secretsFor(route, caller, path, body);
        assertNoSecrets(reply.body(), secrets, what);
        if (reply.status() == 200 && !caller.relation().other()) {
            assertSees(route, ids, reply, what);
        }
        if (route.kind() == Route.Kind.COLLECTION && reply.status() == 200) {
            followPages(reply, caller, secrets, what);
        }
    }

    private void filtered(Route route, Route.Filter filter, Caller caller, int status) {
        Ids ids = fixture.ids();
        String target = ids.expand(route.target());
        String path = target + (target.contains("?") ? "&" : "?") + ids.expand(filter.query());
        Api.Reply reply = api.get(path, caller.token());
        String what = route.operation() + "?" + filter.query() + " as " + caller.label();
        assertAnswer(what, reply, Expected.of(status, "a filter naming another tenant"));
        Set<String> secrets = secretsFor(route, caller, path, null);
        assertNoSecrets(reply.body(), secrets, what);
        if (reply.status() == 200) {
            followPages(reply, caller, secrets, what);
        }
    }

    private void ownersCall(Route route, Caller owner) {
        Ids ids = fixture.ids().with(route.spare(fixture));
        String path = ids.expand(route.target());
        Map<String, String> headers = new LinkedHashMap<>();
        if (route.write() && route.self() != null) {
            headers.put("If-Match", read(route, ids, owner).get(0).etag());
        }
        ifMatchFromFixture(route, ids, headers);
        Api.Reply reply = send(route, owner.token(), path, route.body(ids), headers);
        String what = route.operation() + " as its owner, " + owner.label();
        assertEquals(route.ok(), reply.status(), what + " must succeed, or the suite could not tell a leak: " + reply.body());
        if (!route.write()) {
            assertSees(route, ids, reply, what);
        }
    }

    // ------------------------------------------------------------------ another tenant's id answers like an unknown one

    @TestFactory
    @Order(4)
    Stream<DynamicNode> anotherTenantsIdAnswersExactlyLikeAnUnknownId() {
        List<DynamicNode> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            if (route.kind() != Route.Kind.TARGETED) {
                continue;
            }
            Caller stranger = fixture.callers().stream()
                    .filter(c -> c.relation() == Caller.Relation.OTHER_TRUST)
                    .filter(c -> {
                        Expected e = expected(route, c);
                        return e != null && e.status() != 403;
                    })
                    .findFirst().orElse(null);
            if (stranger == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.operation() + ": A0's ids and unknown ids get the same answer for " + stranger.label(), () -> {
                Ids real = fixture.ids();
                Ids unknown = real.unknown();
                Map<String, String> headers = new LinkedHashMap<>();
                if (route.write() && route.self() != null) {
                    headers.put("If-Match", read(route, real, route.owner(fixture)).get(0).etag());
                }
                ifMatchFromFixture(route, real, headers);
                Api.Reply foreign = send(route, stranger.token(), real.expand(route.target()), route.body(real), headers);
                Api.Reply missing = send(route, stranger.token(), unknown.expand(route.target()), route.body(unknown),
                        headers);
                String what = route.operation() + " as " + stranger.label();
                assertEquals(missing.status(), foreign.status(), what + ": A0's id and an unknown id answer differently: "
                        + abbreviate(foreign.body()) + " / " + abbreviate(missing.body()));
                assertEquals(problemType(missing), problemType(foreign), what + ": the problem types differ: "
                        + abbreviate(foreign.body()) + " / " + abbreviate(missing.body()));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    @Order(4)
    Stream<DynamicNode> aCursorFromA0sPageShowsAnotherTrustNothingOfA0() {
        List<DynamicNode> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            // a trust leader's list of trusts has one page of one: there is no cursor to borrow
            if (route.kind() != Route.Kind.COLLECTION || !route.target().contains("limit=500")
                    || route.operation().equals("GET /api/v1/trusts")) {
                continue;
            }
            Caller stranger = fixture.callers().stream().filter(c -> c.relation() == Caller.Relation.OTHER_TRUST)
                    .filter(c -> route.roles().contains(c.role())).findFirst().orElseThrow();
            tests.add(DynamicTest.dynamicTest(route.operation() + ": the next link of A0's first page, followed by " + stranger.label(), () -> {
                Ids ids = fixture.ids();
                Caller owner = route.owner(fixture);
                Api.Reply first = api.get(ids.expand(route.target()).replace("limit=500", "limit=1"), owner.token()).expect(200);
                String next = first.json().path("next").asText(null);
                assertTrue(next != null && !next.isBlank(), "A0's list has a second page: " + first.body());
                URI uri = URI.create(next);
                String path = uri.getRawPath() + "?" + uri.getRawQuery();
                Api.Reply reply = api.get(path, stranger.token());
                assertEquals(200, reply.status(), "a cursor is only a position in the caller's own list: " + reply.body());
                assertNoSecrets(reply.body(), fixture.secretsFrom(stranger), route.operation() + " after A0's cursor");
            }));
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------ mass assignment

    @TestFactory
    @Order(5)
    Stream<DynamicNode> massAssignedTenantAndAuditFieldsAreIgnored() {
        List<DynamicNode> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            if (!route.write() || route.kind() == Route.Kind.ADMIN_ONLY || !(route.body(fixture.ids()) instanceof Map<?, ?>)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.operation() + ": trustId, schoolId, status, createdBy, id and version in the body are ignored",
                    () -> massAssignment(route)));
        }
        tests.add(DynamicTest.dynamicTest("POST /api/v1/evidence: trustId, uploadedBy, id and version as form fields are ignored", () -> {
            Caller owner = fixture.schoolLeader();
            Ids ids = fixture.ids();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("schoolId", ids.get("schoolA0"));
            fields.put("kind", "NOTE");
            fields.put("title", "Moderation notes");
            fields.put("trustId", ids.get("trustB"));
            fields.put("uploadedBy", INTRUDER);
            fields.put("createdBy", INTRUDER);
            fields.put("id", randomId());
            fields.put("version", "999");
            PatientApi.Multipart form = PatientApi.Multipart.of(fields, "notes.txt", "text/plain",
                    "Moderated with the trust's English lead.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Api.Reply reply = api.send("POST", "/api/v1/evidence", owner.token(), form.bytes(), form.contentType(), Map.of());
            assertEquals(201, reply.status(), reply.body());
            JsonNode stored = api.get("/api/v1/evidence/" + reply.json().path("id").asText(), owner.token()).expect(200).json();
            assertEquals(owner.subject(), stored.path("uploadedBy").asText(), stored.toString());
            assertEquals(ids.get("schoolA0"), stored.path("schoolId").asText());
            assertNotEquals(fields.get("id"), stored.path("id").asText());
            assertNoSecrets(stored.toString(), Set.of(ids.get("trustB"), INTRUDER, fields.get("id")), "the stored evidence");
        }));
        tests.add(DynamicTest.dynamicTest("POST /api/v1/imports (CSV): trustId and createdBy columns are rejected at line 1, no job", () -> {
            String csv = "upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged,trustId,createdBy\n"
                    + org.goldenthread.e2e.support.Upns.next() + ",Ida,Column,2018-06-01,F,4,false," + fixture.ids().get("trustB") + ","
                    + INTRUDER + "\n";
            Api.Reply reply = api.send("POST", "/api/v1/imports?schoolId=" + fixture.ids().get("schoolA0"), fixture.mis().token(),
                    csv, "text/csv", Map.of());
            assertAnswer("a CSV with tenant columns", reply, Expected.field(400, "trustId", "not a column of a pupil import"));
            assertAnswer("a CSV with tenant columns", reply, Expected.field(400, "createdBy", "not a column of a pupil import"));
            assertTrue(reply.header("Location") == null, "no job is queued");
        }));
        tests.add(DynamicTest.dynamicTest("POST /api/v1/imports (JSON): trustId, createdBy and id on a row are ignored", () -> {
            Ids ids = fixture.ids();
            String upn = org.goldenthread.e2e.support.Upns.next();
            Map<String, Object> pupil = new LinkedHashMap<>(IsolationFixture.pupilBody(upn, "Jsonrow"));
            pupil.put("trustId", ids.get("trustB"));
            pupil.put("createdBy", INTRUDER);
            pupil.put("id", randomId());
            String theirs = "/api/v1/schools/" + ids.get("schoolB0") + "/pupils?limit=500&includeLeavers=true";
            Caller otherLead = fixture.caller("other-trust SCHOOL_LEADER");
            String theirsBefore = api.get(theirs, otherLead.token()).expect(200).body();
            Api.Reply accepted = api.post("/api/v1/imports?schoolId=" + ids.get("schoolA0"), fixture.mis().token(),
                    Map.of("pupils", List.of(pupil))).expect(202);
            URI location = URI.create(accepted.header("Location"));
            JsonNode job = org.awaitility.Awaitility.await("import job").atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> api.get(location.getRawPath(), fixture.mis().token()).expect(200).json(),
                            j -> Set.of("SUCCEEDED", "FAILED").contains(j.path("status").asText()));
            assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
            JsonNode stored = api.get("/api/v1/schools/" + ids.get("schoolA0") + "/pupils?limit=500", fixture.mis().token())
                    .expect(200).json().path("items").findParents("upn").stream()
                    .filter(p -> p.path("upn").asText().equals(upn)).findFirst()
                    .orElseThrow(() -> new AssertionError("the imported pupil is not in school A0"));
            assertNotEquals(pupil.get("id"), stored.path("id").asText());
            assertNoSecrets(stored.toString(), Set.of(ids.get("trustB"), INTRUDER, (String) pupil.get("id")), "the imported pupil");
            assertEquals(theirsBefore, api.get(theirs, otherLead.token()).expect(200).body(), "trust B's school changed");
        }));
        return tests.stream();
    }

    private void massAssignment(Route route) {
        Caller owner = route.owner(fixture);
        Ids controlIds = fixture.ids().with(route.spare(fixture));
        Api.Reply control = ownersWrite(route, controlIds, owner, route.body(controlIds));
        assertEquals(route.ok(), control.status(), "the owner's plain write: " + control.body());
        Ids ids = fixture.ids().with(route.spare(fixture));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) route.body(ids));
        Map<String, Object> injected = new LinkedHashMap<>();
        injected.put("trustId", ids.get("trustB"));
        if (!body.containsKey("schoolId")) {
            injected.put("schoolId", ids.get("schoolB0"));
        }
        if (!body.containsKey("status")) {
            injected.put("status", "CLOSED");
        }
        for (String audit : AUDIT_FIELDS) {
            injected.put(audit, INTRUDER);
        }
        String injectedId = randomId();
        injected.put("id", injectedId);
        injected.put("version", 999);
        body.putAll(injected);
        Api.Reply reply = ownersWrite(route, ids, owner, body);
        if (reply.status() == 400) {
            List<String> fields = new ArrayList<>();
            reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertTrue(fields.stream().anyMatch(injected::containsKey), "a 400 must name the field it rejects: " + reply.body());
            return;
        }
        assertEquals(route.ok(), reply.status(), "the same write with extra fields: " + reply.body());
        JsonNode was = storedView(control, owner);
        JsonNode now = storedView(reply, owner);
        for (String field : List.of("trustId", "schoolId", "status", "createdBy", "recordedBy", "uploadedBy", "updatedBy",
                "setBy", "publishedBy", "approvedBy", "revokedBy", "observedBy")) {
            if (was.has(field) && !field.equals("updatedBy")) {
                assertEquals(was.path(field).asText(), now.path(field).asText(), field + " must be the service's own, not the body's: " + now);
            }
        }
        if (now.has("id")) {
            assertNotEquals(injectedId, now.path("id").asText(), "the id comes from the service");
        }
        if (now.has("version")) {
            assertNotEquals(999, now.path("version").asLong(), "the version comes from the service");
        }
        assertNoSecrets(now.toString(), Set.of(ids.get("trustB"), ids.get("schoolB0"), INTRUDER, injectedId),
                route.operation() + " with mass-assigned fields");
    }

    private Api.Reply ownersWrite(Route route, Ids ids, Caller owner, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (route.self() != null) {
            headers.put("If-Match", read(route, ids, owner).get(0).etag());
        }
        ifMatchFromFixture(route, ids, headers);
        return send(route, owner.token(), ids.expand(route.target()), body, headers);
    }

    /** The resource as stored: read again from its Location when there is one, else the answer itself. */
    private JsonNode storedView(Api.Reply reply, Caller owner) {
        String location = reply.header("Location");
        if (location != null) {
            URI uri = URI.create(location);
            Api.Reply again = api.get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), owner.token());
            if (again.status() == 200 && again.json().isObject()) {
                return again.json();
            }
        }
        return reply.json();
    }

    // ------------------------------------------------------------------ a body naming another tenant's school

    /** A write whose body legitimately names a school, sent by A0's or trust A's own caller with another tenant's school. */
    record SchoolInBody(String name, Caller by, String method, String path, String school,
                        java.util.function.Function<String, Object> body, String contentType, Expected expected,
                        List<String> witnesses) {
    }

    @TestFactory
    @Order(6)
    Stream<DynamicNode> aBodyNamingAnotherTenantsSchoolIsRefusedAndCreatesNothing() {
        Ids ids = fixture.ids();
        Caller lead = fixture.schoolLeader();
        Caller trust = fixture.trustLeader();
        Expected notFound = Expected.of(404, "another tenant's school is not found");
        String otherTrustSchool = ids.get("schoolB0");
        List<SchoolInBody> cases = new ArrayList<>();
        for (String school : List.of("schoolA1", "schoolB0")) {
            String other = ids.get(school);
            cases.add(new SchoolInBody("POST /api/v1/plans with " + school, lead, "POST", "/api/v1/plans", other,
                    s -> IsolationFixture.planBody(s, IsolationFixture.unique("Plan")), "application/json", notFound,
                    List.of("/api/v1/plans?limit=500")));
            cases.add(new SchoolInBody("POST /api/v1/monitoring-activities with " + school, lead, "POST", "/api/v1/monitoring-activities", other,
                    s -> IsolationFixture.activityBody(s, "2027-02-01"), "application/json", notFound,
                    List.of("/api/v1/monitoring-activities?limit=500")));
            cases.add(new SchoolInBody("POST /api/v1/self-evaluations with " + school, lead, "POST", "/api/v1/self-evaluations", other,
                    s -> Map.of("schoolId", s, "academicYear", fixture.freshYear(), "frameworkId", ids.get("toolkit")),
                    "application/json", notFound, List.of("/api/v1/self-evaluations?limit=500")));
            cases.add(new SchoolInBody("POST /api/v1/frameworks with " + school, lead, "POST", "/api/v1/frameworks", other,
                    s -> IsolationFixture.frameworkBody(s, IsolationFixture.unique("Review")), "application/json", notFound,
                    List.of("/api/v1/frameworks?limit=500")));
            cases.add(new SchoolInBody("POST /api/v1/evidence with " + school, lead, "POST", "/api/v1/evidence", other,
                    s -> evidenceWithoutActivity(s), "multipart/form-data", notFound, List.of("/api/v1/evidence?limit=500")));
            cases.add(new SchoolInBody("POST /api/v1/imports?schoolId= " + school, fixture.mis(), "POST",
                    "/api/v1/imports?schoolId=" + other, other, s -> "upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n"
                    + org.goldenthread.e2e.support.Upns.next() + ",Ivy,Imported,2018-04-21,F,4,false\n", "text/csv", notFound,
                    List.of("/api/v1/schools/{schoolA0}/pupils?limit=500&includeLeavers=true")));
            cases.add(new SchoolInBody("PUT /api/v1/plans/{id} moving it to " + school, lead, "PUT", "/api/v1/plans/{plan}", other,
                    s -> IsolationFixture.planBody(s, ids.get("planTitle")), "application/json",
                    Expected.field(400, "schoolId", "a plan stays with its school"), List.of("/api/v1/plans/{plan}")));
            cases.add(new SchoolInBody("PUT /api/v1/frameworks/{id} moving it to " + school, lead, "PUT", "/api/v1/frameworks/{schoolFramework}", other,
                    s -> IsolationFixture.frameworkBody(s, "A0 phonics review"), "application/json",
                    Expected.field(400, "schoolId", "a framework stays with its school"), List.of("/api/v1/frameworks/{schoolFramework}")));
        }
        cases.add(new SchoolInBody("POST /api/v1/plans with schoolB0 by the trust leader", trust, "POST", "/api/v1/plans", otherTrustSchool,
                s -> IsolationFixture.planBody(s, IsolationFixture.unique("Plan")), "application/json", notFound, List.of("/api/v1/plans?limit=500")));
        cases.add(new SchoolInBody("POST /api/v1/monitoring-activities with schoolB0 by the trust leader", trust, "POST",
                "/api/v1/monitoring-activities", otherTrustSchool, s -> IsolationFixture.activityBody(s, "2027-02-01"), "application/json", notFound,
                List.of("/api/v1/monitoring-activities?limit=500")));
        cases.add(new SchoolInBody("POST /api/v1/frameworks with schoolB0 by the trust leader", trust, "POST", "/api/v1/frameworks", otherTrustSchool,
                s -> IsolationFixture.frameworkBody(s, IsolationFixture.unique("Review")), "application/json", notFound, List.of("/api/v1/frameworks?limit=500")));
        cases.add(new SchoolInBody("POST /api/v1/clients with schoolB0", trust, "POST", "/api/v1/clients", otherTrustSchool,
                s -> IsolationFixture.clientBody(IsolationFixture.unique("MIS"), s), "application/json",
                Expected.field(400, "schoolIds[0]", "not a school of this trust"), List.of("/api/v1/clients?limit=500")));
        cases.add(new SchoolInBody("PUT /api/v1/clients/{clientId} with schoolB0", trust, "PUT", "/api/v1/clients/{client}", otherTrustSchool,
                s -> IsolationFixture.clientBody("A0 MIS integration", s), "application/json",
                Expected.field(400, "schoolIds[0]", "not a school of this trust"), List.of("/api/v1/clients/{client}")));
        cases.add(new SchoolInBody("POST /api/v1/trusts/{trustId}/users with schoolB0", trust, "POST", "/api/v1/trusts/{trustA}/users", otherTrustSchool,
                s -> IsolationFixture.userBody(s), "application/json",
                Expected.field(400, "schoolIds[0]", "not a school of this trust"), List.of("/api/v1/trusts/{trustA}/users?limit=500")));
        cases.add(new SchoolInBody("PUT /api/v1/trusts/{trustId}/users/{userId} with schoolB0", trust, "PUT",
                "/api/v1/trusts/{trustA}/users/{user}", otherTrustSchool, s -> IsolationFixture.userUpdateBody(s), "application/json",
                Expected.field(400, "schoolIds[0]", "not a school of this trust"), List.of("/api/v1/trusts/{trustA}/users/{user}")));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " as " + c.by().label() + " → " + c.expected().status()
                + ", nothing changes", () -> {
            String path = ids.expand(c.path());
            Object body = c.body().apply(c.school());
            List<Snapshot> before = witnesses(c.witnesses(), c.by());
            Map<String, String> headers = new LinkedHashMap<>();
            if (c.method().equals("PUT")) {
                headers.put("If-Match", before.get(0).etag());
            }
            Api.Reply reply = body instanceof PatientApi.Multipart form
                    ? api.send(c.method(), path, c.by().token(), form.bytes(), form.contentType(), headers)
                    : api.send(c.method(), path, c.by().token(), body, c.contentType(), headers);
            assertAnswer(c.name(), reply, c.expected());
            List<Snapshot> after = witnesses(c.witnesses(), c.by());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).body(), after.get(i).body(), c.name() + " changed " + after.get(i).path());
            }
        }));
    }

    @Test
    @Order(6)
    void anImportWhoseRowsNameAnotherTrustsSchoolAppliesNothing() {
        Ids ids = fixture.ids();
        Caller otherLead = fixture.caller("other-trust SCHOOL_LEADER");
        String theirPupils = "/api/v1/schools/" + ids.get("schoolB0") + "/pupils?limit=500&includeLeavers=true";
        String ourPupils = "/api/v1/schools/" + ids.get("schoolA0") + "/pupils?limit=500&includeLeavers=true";
        String theirsBefore = api.get(theirPupils, otherLead.token()).expect(200).body();
        String oursBefore = api.get(ourPupils, fixture.mis().token()).expect(200).body();
        String csv = "schoolId,upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n"
                + ids.get("schoolA0") + "," + org.goldenthread.e2e.support.Upns.next() + ",Ada,Ours,2018-01-09,F,4,false\n"
                + ids.get("schoolB0") + "," + org.goldenthread.e2e.support.Upns.next() + ",Ben,Theirs,2018-03-19,M,4,false\n";
        Api.Reply accepted = api.send("POST", "/api/v1/imports", fixture.mis().token(), csv, "text/csv", Map.of()).expect(202);
        URI location = URI.create(accepted.header("Location"));
        JsonNode job = org.awaitility.Awaitility.await("import job").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> api.get(location.getRawPath(), fixture.mis().token()).expect(200).json(),
                        j -> Set.of("SUCCEEDED", "FAILED").contains(j.path("status").asText()));
        assertEquals("FAILED", job.path("status").asText(), "an atomic import with a row for another trust's school fails: " + job);
        assertEquals(0, job.path("rowsApplied").asInt(), job.toString());
        List<String> fields = new ArrayList<>();
        job.path("errors").forEach(e -> fields.add(e.path("line").asInt() + ":" + e.path("field").asText()));
        assertEquals(List.of("3:schoolId"), fields, "the row naming trust B's school is the error: " + job);
        assertEquals(theirsBefore, api.get(theirPupils, otherLead.token()).expect(200).body(), "trust B's school changed");
        assertEquals(oursBefore, api.get(ourPupils, fixture.mis().token()).expect(200).body(), "an atomic import applied a row");
    }

    private static PatientApi.Multipart evidenceWithoutActivity(String schoolId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("schoolId", schoolId);
        fields.put("kind", "NOTE");
        fields.put("title", "Learning walk notes");
        return PatientApi.Multipart.of(fields, "notes.txt", "text/plain",
                "Modelled writing seen in 4K and 4M.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Snapshot> witnesses(List<String> paths, Caller reader) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (String witness : paths) {
            String path = fixture.ids().expand(witness);
            Api.Reply reply = api.get(path, reader.token());
            assertEquals(200, reply.status(), "witness " + path + " as " + reader.label() + ": " + reply.body());
            snapshots.add(new Snapshot(path, reply.status(), reply.header("ETag"), reply.body()));
        }
        return snapshots;
    }

    // ------------------------------------------------------------------ references to another tenant's records

    /** A0's own write naming one of trust B's records where the body refers to a record. */
    record ForeignReference(String name, Caller by, String method, String path, java.util.function.Function<Ids, Object> body,
                            Expected expected, List<String> witnesses) {
        /** If-Match: the first witness's ETag (the resource changed or moved), any version for a refused stranger. */
        boolean needsIfMatch() {
            return method.equals("PUT") || path.endsWith("/move");
        }
    }

    @TestFactory
    @Order(7)
    Stream<DynamicNode> referencesToAnotherTrustsRecordsAreRefused() {
        Caller lead = fixture.schoolLeader();
        Caller otherTrustLeader = fixture.caller("other-trust TRUST_LEADER");
        List<String> history = List.of("/api/v1/plans/{plan}/history?limit=500");
        List<ForeignReference> cases = List.of(
                new ForeignReference("POST /api/v1/plans with parentPlanId of trust B", lead, "POST", "/api/v1/plans", ids -> {
                    Map<String, Object> plan = new LinkedHashMap<>(IsolationFixture.planBody(ids.get("schoolA0"), IsolationFixture.unique("English plan")));
                    plan.put("layer", "SUBJECT");
                    plan.put("parentPlanId", ids.get("planB"));
                    return plan;
                }, Expected.field(400, "parentPlanId", "not a plan you can see"), List.of("/api/v1/plans?limit=500")),
                new ForeignReference("POST /api/v1/plans/{id}/priorities with parentPriorityId of trust B", lead, "POST",
                        "/api/v1/plans/{plan}/priorities", ids -> {
                    Map<String, Object> priority = new LinkedHashMap<>(IsolationFixture.priorityBody());
                    priority.put("parentPriorityId", ids.get("priorityB"));
                    return priority;
                }, Expected.field(400, "parentPriorityId", "not a priority of the parent plan"), history),
                new ForeignReference("POST /api/v1/priorities/{id}/actions with objectiveId of trust B", lead, "POST",
                        "/api/v1/priorities/{priority}/actions", ids -> IsolationFixture.actionBody(ids.get("objectiveB")),
                        Expected.field(400, "objectiveId", "not an objective of this priority"), history),
                new ForeignReference("PUT /api/v1/actions/{id} with objectiveId of trust B", lead, "PUT",
                        "/api/v1/actions/{action}", ids -> IsolationFixture.actionBody(ids.get("objectiveB")),
                        Expected.field(400, "objectiveId", "not an objective of this priority"),
                        List.of("/api/v1/actions/{action}", "/api/v1/plans/{plan}/history?limit=500")),
                new ForeignReference("POST /api/v1/actions/{id}/move to a priority of trust B", lead, "POST",
                        "/api/v1/actions/{action}/move", ids -> Map.of("position", 1, "priorityId", ids.get("priorityB")),
                        Expected.field(400, "priorityId", "not a priority of this plan"),
                        List.of("/api/v1/actions/{action}", "/api/v1/plans/{plan}/history?limit=500")),
                new ForeignReference("POST /api/v1/objectives/{id}/move to a priority of trust B", lead, "POST",
                        "/api/v1/objectives/{objective}/move", ids -> Map.of("position", 1, "priorityId", ids.get("priorityB")),
                        Expected.field(400, "priorityId", "not a priority of this plan"),
                        List.of("/api/v1/objectives/{objective}", "/api/v1/plans/{plan}/history?limit=500")),
                new ForeignReference("POST /api/v1/milestones/{id}/move to an action of trust B", lead, "POST",
                        "/api/v1/milestones/{milestone}/move", ids -> Map.of("position", 1, "actionId", ids.get("actionB")),
                        Expected.field(400, "actionId", "not an action of this plan"),
                        List.of("/api/v1/milestones/{milestone}", "/api/v1/plans/{plan}/history?limit=500")),
                new ForeignReference("POST /api/v1/plans/{id}/reviews rating a priority of trust B", lead, "POST",
                        "/api/v1/plans/{plan}/reviews", ids -> IsolationFixture.reviewBody(ids.get("priorityB")),
                        Expected.field(400, "ratings[0].priorityId", "not a priority of this plan"),
                        List.of("/api/v1/plans/{plan}/reviews?limit=500")),
                new ForeignReference("POST /api/v1/monitoring-activities/{id}/findings citing evidence of trust B", lead, "POST",
                        "/api/v1/monitoring-activities/{activity}/findings", ids -> {
                    Map<String, Object> finding = new LinkedHashMap<>(IsolationRoutes.spareFindingBody());
                    finding.put("evidenceIds", List.of(ids.get("evidenceB")));
                    return finding;
                }, Expected.field(400, "evidenceIds[0]", "not evidence of this school"),
                        List.of("/api/v1/monitoring-activities/{activity}/findings?limit=500")),
                new ForeignReference("POST /api/v1/monitoring-activities/{id}/findings following up a finding of trust B", lead,
                        "POST", "/api/v1/monitoring-activities/{activity}/findings", ids -> {
                    Map<String, Object> finding = new LinkedHashMap<>(IsolationRoutes.spareFindingBody());
                    finding.put("followsUpFindingId", ids.get("findingB"));
                    finding.put("followUpOutcome", "IMPROVED");
                    return finding;
                }, Expected.field(400, "followsUpFindingId", "not a finding of this school"),
                        List.of("/api/v1/monitoring-activities/{activity}/findings?limit=500")),
                new ForeignReference("PUT /api/v1/evidence/{id} moving it to an activity of trust B", lead, "PUT",
                        "/api/v1/evidence/{evidence}", ids -> IsolationRoutes.evidenceUpdateBody(ids.get("activityB")),
                        Expected.field(400, "activityId", "not an activity of this school"), List.of("/api/v1/evidence/{evidence}")),
                new ForeignReference("POST /api/v1/evidence for an activity of trust B", lead, "POST", "/api/v1/evidence",
                        ids -> IsolationFixture.evidenceForm(ids.get("schoolA0"), ids.get("activityB"), IsolationFixture.unique("Sample")),
                        Expected.field(400, "activityId", "not an activity of this school"), List.of("/api/v1/evidence?limit=500")),
                new ForeignReference("POST /api/v1/self-evaluations against a framework of trust B", lead, "POST",
                        "/api/v1/self-evaluations", ids -> Map.of("schoolId", ids.get("schoolA0"), "academicYear", fixture.freshYear(),
                        "frameworkId", ids.get("frameworkB")),
                        Expected.field(400, "frameworkId", "not a framework this school can use"),
                        List.of("/api/v1/self-evaluations?limit=500")),
                new ForeignReference("GET /api/v1/trusts/{trustB}/users/{userId} with a user of trust A", otherTrustLeader, "GET",
                        "/api/v1/trusts/{trustB}/users/{user}", ids -> null,
                        Expected.of(404, "trust A's user is not in trust B"), List.of()),
                new ForeignReference("PUT /api/v1/trusts/{trustB}/users/{userId} with a user of trust A", otherTrustLeader, "PUT",
                        "/api/v1/trusts/{trustB}/users/{user}", ids -> IsolationFixture.userUpdateBody(ids.get("schoolB0")),
                        Expected.of(404, "trust A's user is not in trust B"), List.of()));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " as " + c.by().label() + " → " + c.expected().status()
                + ", nothing changes", () -> {
            Ids ids = fixture.ids();
            List<Snapshot> before = witnesses(c.witnesses(), lead);
            Map<String, String> headers = new LinkedHashMap<>();
            if (c.needsIfMatch()) {
                headers.put("If-Match", before.isEmpty() ? "\"0\"" : before.get(0).etag());
            }
            Object body = c.body().apply(ids);
            String path = ids.expand(c.path());
            Api.Reply reply = body instanceof PatientApi.Multipart form
                    ? api.send(c.method(), path, c.by().token(), form.bytes(), form.contentType(), headers)
                    : api.send(c.method(), path, c.by().token(), body, "application/json", headers);
            assertAnswer(c.name(), reply, c.expected());
            assertNoSecrets(reply.body(), Set.of(ids.get("trustName")), c.name());
            List<Snapshot> after = witnesses(c.witnesses(), lead);
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).body(), after.get(i).body(), c.name() + " changed " + after.get(i).path());
            }
        }));
    }

    // ------------------------------------------------------------------ the confidential finding

    @TestFactory
    @Order(8)
    Stream<DynamicNode> theConfidentialFindingIsSeenOnlyByTheSchoolsLeadersAndItsObserver() {
        List<DynamicNode> tests = new ArrayList<>();
        String finding = "/api/v1/findings/" + fixture.ids().get("confidentialFinding");
        Caller observer = fixture.schoolLeader();
        for (Caller caller : fixture.callers()) {
            boolean reader = Set.of("TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR").contains(caller.role());
            int status = caller == observer ? 200 : reader ? 404 : 403;
            for (String path : List.of(finding, finding + "/follow-ups")) {
                tests.add(DynamicTest.dynamicTest("GET " + path.replace(fixture.ids().get("confidentialFinding"), "{confidential}") + " as "
                        + caller.label() + " → " + status, () -> {
                    Api.Reply reply = api.get(path, caller.token());
                    assertAnswer("the confidential finding as " + caller.label(), reply, Expected.of(status, "confidential"));
                    if (caller != observer) {
                        Set<String> secrets = new LinkedHashSet<>(fixture.secretsFrom(caller));
                        secrets.remove(fixture.ids().get("confidentialFinding"));
                        assertTrue(secrets.stream().anyMatch(x -> x.startsWith("Confidential observation")), "the statement is a secret");
                        assertNoSecrets(reply.body(), secrets, "the confidential finding as " + caller.label());
                    }
                }));
            }
            boolean editor = Set.of("TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER").contains(caller.role());
            if (caller != observer) {
                int refused = editor ? 404 : 403;
                for (String method : List.of("PUT", "DELETE")) {
                    tests.add(DynamicTest.dynamicTest(method + " /api/v1/findings/{confidential} as " + caller.label() + " → " + refused, () -> {
                        String etag = fixture.etag(finding, observer.token());
                        String before = api.get(finding, observer.token()).expect(200).body();
                        Object body = method.equals("PUT") ? IsolationFixture.findingBody(1, List.of(), false, "Made public") : null;
                        Api.Reply reply = api.send(method, finding, caller.token(), body, "application/json", Map.of("If-Match", etag));
                        assertAnswer(method + " the confidential finding as " + caller.label(), reply, Expected.of(refused, "confidential"));
                        assertEquals(before, api.get(finding, observer.token()).expect(200).body(), "the confidential finding changed");
                    }));
                }
            }
        }
        return tests.stream();
    }

    // ------------------------------------------------------------------ tokens, idempotency keys, events

    @Test
    @Order(9)
    void aTokenRequestCannotChooseItsTrustSchoolsOrRoles() {
        Ids ids = fixture.ids();
        String[] client = fixture.trustB().clients().get("mis");
        String basic = Base64.getEncoder().encodeToString((client[0] + ":" + client[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&trust_id=" + ids.get("trustA") + "&trustId=" + ids.get("trustA")
                + "&school_ids=" + ids.get("schoolA0") + "&roles=TRUST_LEADER&scope=TRUST_LEADER";
        Api.Reply reply = api.send("POST", "/oauth/token", null, form, "application/x-www-form-urlencoded",
                Map.of("Authorization", "Basic " + basic));
        assertEquals(200, reply.status(), reply.body());
        String token = reply.json().path("access_token").asText();
        JsonNode claims = parse(jwtClaims(token));
        assertEquals(ids.get("trustB"), claims.path("trust_id").asText(), claims.toString());
        assertEquals("[\"MIS_INTEGRATION\"]", claims.path("roles").toString(), claims.toString());
        assertNoSecrets(claims.toString() + reply.body(), fixture.everythingOfTrustA(), "the token of trust B's MIS");
        assertEquals(404, api.get("/api/v1/schools/" + ids.get("schoolA0"), token).status());
        assertEquals(404, api.get("/api/v1/pupils/" + ids.get("pupil"), token).status());

        Api.Reply password = api.send("POST", "/oauth/token", null, "grant_type=password&username="
                + java.net.URLEncoder.encode(fixture.trustA().users().get("teacher:1"), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + org.goldenthread.e2e.support.Tenants.PASSWORD + "&trust_id=" + ids.get("trustB")
                + "&school_ids=" + ids.get("schoolA0") + "&roles=SCHOOL_LEADER", "application/x-www-form-urlencoded", Map.of());
        assertEquals(200, password.status(), password.body());
        String teacher = password.json().path("access_token").asText();
        assertEquals(ids.get("trustA"), parse(jwtClaims(teacher)).path("trust_id").asText());
        assertEquals(404, api.get("/api/v1/plans/" + ids.get("plan"), teacher).status(),
                "school A1's teacher asking for school A0 in the token request still cannot see A0's plan");
    }

    @Test
    @Order(9)
    void anIdempotencyKeyReplaysOnlyToTheCallerWhoUsedIt() {
        Ids ids = fixture.ids();
        String key = "isolation-" + randomId();
        Map<String, Object> plan = IsolationFixture.planBody(ids.get("schoolA0"), IsolationFixture.unique("Idempotent plan"));
        Api.Reply first = api.post("/api/v1/plans", fixture.schoolLeader().token(), plan, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        for (Caller caller : List.of(fixture.caller("other-school SCHOOL_LEADER"), fixture.caller("other-trust SCHOOL_LEADER"))) {
            Api.Reply replay = api.post("/api/v1/plans", caller.token(), plan, Map.of("Idempotency-Key", key));
            assertEquals(404, replay.status(), caller.label() + " with A0's key and body must not get A0's answer: " + replay.body());
            assertTrue(replay.header("Idempotent-Replayed") == null, "replayed to " + caller.label());
            assertNoSecrets(replay.body(), Set.of(first.json().path("id").asText()), caller.label());
        }
        Caller stranger = fixture.caller("other-trust SCHOOL_LEADER");
        Map<String, Object> theirs = IsolationFixture.planBody(ids.get("schoolB0"), (String) plan.get("title"));
        Api.Reply own = api.post("/api/v1/plans", stranger.token(), theirs, Map.of("Idempotency-Key", key));
        assertEquals(201, own.status(), "the same key is a new key for another caller: " + own.body());
        assertNotEquals(first.json().path("id").asText(), own.json().path("id").asText());
    }

    @Test
    @Order(10)
    void anotherTrustsFindingLinkedToOurMilestoneMovesNothingOfOurs() {
        Ids ids = fixture.ids();
        Caller lead = fixture.schoolLeader();
        Caller otherLead = fixture.caller("other-trust SCHOOL_LEADER");
        String ours = "/api/v1/milestones/" + ids.get("milestone");
        String ourTrail = ours + "/evaluations?limit=500";
        String milestoneBefore = api.get(ours, lead.token()).expect(200).body();
        String trailBefore = api.get(ourTrail, lead.token()).expect(200).body();

        String activity = api.post("/api/v1/monitoring-activities", otherLead.token(),
                IsolationFixture.activityBody(ids.get("schoolB0"), "2026-11-20")).expect(201).json().path("id").asText();
        Map<String, Object> finding = IsolationFixture.findingBody(1, List.of(ids.get("milestoneB"), ids.get("milestone")), false,
                "Next steps acted on in every Year 4 book");
        String findingId = api.post("/api/v1/monitoring-activities/" + activity + "/findings", otherLead.token(), finding)
                .expect(201).json().path("id").asText();
        api.post("/api/v1/monitoring-activities/" + activity + "/complete", otherLead.token(),
                Map.of("completedOn", "2026-11-20", "summary", "Books from Year 4 sampled"),
                Map.of("If-Match", fixture.etag("/api/v1/monitoring-activities/" + activity, otherLead.token()))).expect(200);

        // the same event links trust B's own milestone: once that has moved, the event has been applied
        org.awaitility.Awaitility.await("trust B's milestone moves").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> api.get("/api/v1/milestones/" + ids.get("milestoneB"), otherLead.token()).expect(200).json()
                        .path("status").asText(), "ON_TRACK"::equals);
        assertEquals(milestoneBefore, api.get(ours, lead.token()).expect(200).body(), "trust B's finding moved A0's milestone");
        assertEquals(trailBefore, api.get(ourTrail, lead.token()).expect(200).body(), "trust B's finding entered A0's trail");
        for (String path : List.of("/api/v1/monitoring-activities?milestoneId=" + ids.get("milestone") + "&limit=500",
                "/api/v1/findings?milestoneId=" + ids.get("milestone") + "&limit=500")) {
            assertNoSecrets(api.get(path, lead.token()).expect(200).body(), Set.of(activity, findingId),
                    "A0's list of what links its milestone");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Api.json().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // ------------------------------------------------------------------ HTTP and assertions

    private static void ifMatchFromFixture(Route route, Ids ids, Map<String, String> headers) {
        if (route.ifMatchKey() != null) {
            headers.put("If-Match", ids.get(route.ifMatchKey()));
        }
    }

    private static Api.Reply send(Route route, String token, String path, Object body, Map<String, String> headers) {
        if (body instanceof PatientApi.Multipart form) {
            return api.send(route.method(), path, token, form.bytes(), form.contentType(), headers);
        }
        return api.send(route.method(), path, token, body, route.contentType(), headers);
    }

    private static void assertAnswer(String what, Api.Reply reply, Expected expected) {
        if (reply.status() != expected.status()) {
            fail(what + ": expected " + expected.status() + " (" + expected.reason() + ") but got " + reply.status() + ": "
                    + abbreviate(reply.body()));
        }
        if (expected.status() >= 400) {
            String type = reply.header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"),
                    what + ": a refusal is application/problem+json, not " + type);
        }
        if (expected.field() != null) {
            List<String> fields = new ArrayList<>();
            reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertTrue(fields.contains(expected.field()), what + ": the problem must name " + expected.field() + ": " + reply.body());
        }
    }

    private static String problemType(Api.Reply reply) {
        String type = reply.header("Content-Type");
        return type != null && type.startsWith("application/problem+json") ? reply.json().path("type").asText() : "(not a problem)";
    }

    /** What this caller must not find in the answer; values the caller sent itself may come back to it. */
    private static Set<String> secretsFor(Route route, Caller caller, String path, Object body) {
        Set<String> secrets = new LinkedHashSet<>(fixture.secretsFrom(caller));
        if (route.pseudonymousFeed()) {
            secrets.addAll(fixture.pupilIdentity());
        }
        String sent = (path + " " + (body == null ? "" : bodyText(body))).toLowerCase(Locale.ROOT);
        secrets.removeIf(s -> sent.contains(s.toLowerCase(Locale.ROOT)));
        return secrets;
    }

    private static String bodyText(Object body) {
        if (body instanceof PatientApi.Multipart form) {
            return new String(form.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (body instanceof String s) {
            return s;
        }
        try {
            return Api.json().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSecrets(String body, Set<String> secrets, String what) {
        if (body == null) {
            return;
        }
        String text = body.toLowerCase(Locale.ROOT);
        List<String> leaked = secrets.stream().filter(s -> text.contains(s.toLowerCase(Locale.ROOT))).toList();
        assertTrue(leaked.isEmpty(), what + " shows what it must not: " + leaked + " in " + abbreviate(body));
    }

    private static void assertSees(Route route, Ids ids, Api.Reply reply, String what) {
        for (String key : route.sees()) {
            String value = key.startsWith("text:") ? key.substring(5) : ids.get(key);
            assertTrue(reply.body() != null && reply.body().contains(value),
                    what + " must show " + key + " (" + value + "), or the suite could not see a leak: " + abbreviate(reply.body()));
        }
    }

    /** Every further page of a list or feed, to its end: a leak on page 7 is still a leak. */
    private static void followPages(Api.Reply first, Caller caller, Set<String> secrets, String what) {
        Api.Reply page = first;
        for (int n = 0; n < 20; n++) {
            JsonNode json = page.json();
            String next = json.path("next").asText(null);
            if (next == null || next.isBlank() || !json.path("items").isArray() || json.path("items").isEmpty()) {
                return;
            }
            URI uri = URI.create(next);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            page = api.get(path, caller.token());
            assertEquals(200, page.status(), what + ", next page " + path + ": " + page.body());
            assertNoSecrets(page.body(), secrets, what + ", next page");
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 1500 ? body.substring(0, 1500) + "…" : body;
    }

    // ------------------------------------------------------------------ witnesses of refused writes

    /** One read of a resource a write could change: its status, ETag (or version) and body. */
    record Snapshot(String path, int status, String etag, String body) {
    }

    private static List<Snapshot> read(Route route, Ids ids, Caller reader) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (String witness : route.witnesses()) {
            String path = ids.expand(witness);
            Api.Reply reply = api.get(path, reader.token());
            if (reply.status() != 200) {
                throw new AssertionError("the witness " + path + " of " + route.operation() + " cannot be read by " + reader.label()
                        + ": " + reply.status() + " " + reply.body());
            }
            String etag = reply.header("ETag");
            if (witness.equals(route.self()) && route.selfVersionPointer() != null) {
                JsonNode version = reply.json().at(route.selfVersionPointer());
                etag = version.isMissingNode() ? null : "\"" + version.asLong() + "\"";
            }
            snapshots.add(new Snapshot(path, reply.status(), etag, reply.body()));
        }
        return snapshots;
    }

    /** The witnesses of one route, read as its owner before and after each refused write. */
    private static final class Snapshots {
        private final Route route;
        private final Caller owner;
        private List<Snapshot> last;

        Snapshots(Route route, Caller owner) {
            this.route = route;
            this.owner = owner;
        }

        List<Snapshot> current() {
            if (last == null) {
                last = read(route, fixture.ids(), owner);
            }
            return last;
        }

        void assertUnchanged(List<Snapshot> before, String what) {
            List<Snapshot> after = read(route, fixture.ids(), owner);
            last = after;
            Iterator<Snapshot> b = before.iterator();
            for (Snapshot now : after) {
                Snapshot was = b.next();
                assertEquals(was.etag(), now.etag(), what + " changed the ETag of " + now.path());
                assertEquals(was.body(), now.body(), what + " changed " + now.path());
            }
        }
    }

    // ------------------------------------------------------------------ small helpers for the targeted tests

    static String jwtClaims(String token) {
        String[] parts = token.split("\\.");
        return new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
