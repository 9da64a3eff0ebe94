package org.goldenthread.e2e.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.goldenthread.e2e.support.IsolationFixture.actionBody;
import static org.goldenthread.e2e.support.IsolationFixture.activityBody;
import static org.goldenthread.e2e.support.IsolationFixture.clientBody;
import static org.goldenthread.e2e.support.IsolationFixture.evidenceForm;
import static org.goldenthread.e2e.support.IsolationFixture.findingBody;
import static org.goldenthread.e2e.support.IsolationFixture.frameworkBody;
import static org.goldenthread.e2e.support.IsolationFixture.milestoneBody;
import static org.goldenthread.e2e.support.IsolationFixture.objectiveBody;
import static org.goldenthread.e2e.support.IsolationFixture.planBody;
import static org.goldenthread.e2e.support.IsolationFixture.priorityBody;
import static org.goldenthread.e2e.support.IsolationFixture.pupilBody;
import static org.goldenthread.e2e.support.IsolationFixture.ratingBody;
import static org.goldenthread.e2e.support.IsolationFixture.reviewBody;
import static org.goldenthread.e2e.support.IsolationFixture.schoolBody;
import static org.goldenthread.e2e.support.IsolationFixture.unique;
import static org.goldenthread.e2e.support.IsolationFixture.userBody;
import static org.goldenthread.e2e.support.IsolationFixture.userUpdateBody;
import static org.goldenthread.e2e.support.Route.Kind.ADMIN_ONLY;
import static org.goldenthread.e2e.support.Route.Kind.COLLECTION;
import static org.goldenthread.e2e.support.Route.Kind.PUBLIC;

/**
 * Every operation of the public API, as data: the gateway's own (registry, OAuth, documents) and
 * every service's, in the order the suite runs them. The suite fails when the merged OpenAPI
 * document has an operation this table lacks, or this table one the document no longer has.
 */
public final class IsolationRoutes {
    static final String TL = "TRUST_LEADER";
    static final String SL = "SCHOOL_LEADER";
    static final String SUBL = "SUBJECT_LEADER";
    static final String T = "TEACHER";
    static final String G = "GOVERNOR";
    static final String MIS = "MIS_INTEGRATION";
    static final String AN = "ANALYTICS";
    static final String[] ANY = {TL, SL, SUBL, T, G, MIS, AN};
    static final String[] STAFF = {TL, SL, SUBL, T, G};
    static final String[] EDITORS = {TL, SL, SUBL};
    static final String[] LEADERS = {TL, SL};
    static final String[] FEED = {AN, TL, SL};
    static final String[] PUPIL_READERS = {SL, SUBL, T, MIS};

    private IsolationRoutes() {
    }

    public static List<Route> all() {
        List<Route> routes = new java.util.ArrayList<>();
        routes.addAll(gateway());
        routes.addAll(tracking());
        routes.addAll(plans());
        routes.addAll(monitoring());
        return routes;
    }

    // ------------------------------------------------------------------ gateway: documents, OAuth, the registry

    static List<Route> gateway() {
        return List.of(
                Route.of("GET /.well-known/jwks.json").kind(PUBLIC),
                Route.of("GET /.well-known/oauth-authorization-server").kind(PUBLIC),
                Route.of("GET /.well-known/openid-configuration").kind(PUBLIC),
                Route.of("GET /openapi").kind(PUBLIC),
                Route.of("GET /status").kind(PUBLIC),
                // exercised by the token test: credentials, not a bearer token, say who is asking
                Route.of("POST /oauth/token").kind(PUBLIC),

                Route.of("GET /api/v1/trusts").kind(COLLECTION).target("/api/v1/trusts?limit=500").roles(ANY)
                        .owner(IsolationFixture::trustLeader).sees("trustA"),
                Route.of("POST /api/v1/trusts").kind(ADMIN_ONLY).target("/api/v1/trusts").owner(IsolationFixture::platformAdmin)
                        .ok(201).body(ids -> Map.of("name", unique("Isolation new trust"))).witness("/api/v1/trusts?limit=500"),
                Route.of("GET /api/v1/trusts/{trustId}").target("/api/v1/trusts/{trustA}").roles(ANY).trustRecord()
                        .owner(IsolationFixture::trustLeader).sees("trustA"),
                Route.of("PUT /api/v1/trusts/{trustId}").target("/api/v1/trusts/{trustA}").roles(TL).trustRecord()
                        .owner(IsolationFixture::trustLeader).body(ids -> Map.of("name", ids.get("trustName")))
                        .self("/api/v1/trusts/{trustA}"),

                Route.of("GET /api/v1/schools").kind(COLLECTION).target("/api/v1/schools?limit=500").roles(ANY)
                        .owner(IsolationFixture::trustLeader).sees("schoolA0")
                        .filter("trustId={trustA}", 200, 200).filter("urn={urnA0}", 200, 200),
                Route.of("GET /api/v1/schools/{schoolId}").target("/api/v1/schools/{schoolA0}").roles(ANY)
                        .owner(IsolationFixture::trustLeader).sees("schoolA0"),
                Route.of("PUT /api/v1/schools/{schoolId}").target("/api/v1/schools/{schoolA0}").roles(TL)
                        .owner(IsolationFixture::trustLeader).self("/api/v1/schools/{schoolA0}")
                        .body(ids -> Map.of("urn", ids.get("urnA0"), "name", ids.get("nameA0"), "phase", "PRIMARY",
                                "localAuthority", "Hampshire", "statutoryLowAge", 4, "statutoryHighAge", 11)),
                Route.of("POST /api/v1/trusts/{trustId}/schools").target("/api/v1/trusts/{trustA}/schools").roles(TL)
                        .owner(IsolationFixture::trustLeader).ok(201).body(ids -> schoolBody(unique("Isolation Infant School")))
                        .witness("/api/v1/schools?trustId={trustA}&limit=500"),

                Route.of("GET /api/v1/trusts/{trustId}/users").target("/api/v1/trusts/{trustA}/users?limit=500").roles(TL)
                        .owner(IsolationFixture::trustLeader).sees("user"),
                Route.of("POST /api/v1/trusts/{trustId}/users").target("/api/v1/trusts/{trustA}/users").roles(TL)
                        .owner(IsolationFixture::trustLeader).ok(201).body(ids -> userBody(ids.get("schoolA0")))
                        .witness("/api/v1/trusts/{trustA}/users?limit=500"),
                Route.of("GET /api/v1/trusts/{trustId}/users/{userId}").target("/api/v1/trusts/{trustA}/users/{user}").roles(TL)
                        .owner(IsolationFixture::trustLeader).sees("user"),
                Route.of("PUT /api/v1/trusts/{trustId}/users/{userId}").target("/api/v1/trusts/{trustA}/users/{user}").roles(TL)
                        .owner(IsolationFixture::trustLeader).body(ids -> userUpdateBody(ids.get("schoolA0")))
                        .self("/api/v1/trusts/{trustA}/users/{user}"),

                Route.of("POST /api/v1/clients").target("/api/v1/clients").roles(TL).owner(IsolationFixture::trustLeader).ok(201)
                        .body(ids -> clientBody(unique("MIS"), ids.get("schoolA0"))).witness("/api/v1/clients?limit=500")
                        .expect("other-trust TRUST_LEADER", Route.Expected.field(400, "schoolIds[0]",
                                "a client of your own trust cannot name another trust's school; the answer is the same as for an unknown id")),
                Route.of("POST /api/v1/trusts/{trustId}/clients").target("/api/v1/trusts/{trustA}/clients").roles(TL)
                        .owner(IsolationFixture::trustLeader).ok(201).body(ids -> clientBody(unique("MIS"), ids.get("schoolA0")))
                        .witness("/api/v1/clients?limit=500"),
                Route.of("GET /api/v1/clients").kind(COLLECTION).target("/api/v1/clients?limit=500").roles(TL)
                        .owner(IsolationFixture::trustLeader).sees("client").filter("trustId={trustA}", 403, 200),
                Route.of("GET /api/v1/clients/{clientId}").target("/api/v1/clients/{client}").roles(TL)
                        .owner(IsolationFixture::trustLeader).sees("client"),
                Route.of("PUT /api/v1/clients/{clientId}").target("/api/v1/clients/{client}").roles(TL)
                        .owner(IsolationFixture::trustLeader).body(ids -> clientBody("A0 MIS integration", ids.get("schoolA0")))
                        .self("/api/v1/clients/{client}"),
                Route.of("POST /api/v1/clients/{clientId}/secret").target("/api/v1/clients/{client}/secret").roles(TL)
                        .owner(IsolationFixture::trustLeader).self("/api/v1/clients/{client}").spare(IsolationFixture::spareClient),
                Route.of("POST /api/v1/clients/{clientId}/revoke").target("/api/v1/clients/{client}/revoke").roles(TL)
                        .owner(IsolationFixture::trustLeader).self("/api/v1/clients/{client}").spare(IsolationFixture::spareClient),
                Route.of("DELETE /api/v1/clients/{clientId}").target("/api/v1/clients/{client}").roles(TL)
                        .owner(IsolationFixture::trustLeader).ok(204).self("/api/v1/clients/{client}")
                        .spare(IsolationFixture::spareClient));
    }

    // ------------------------------------------------------------------ tracking-service

    static List<Route> tracking() {
        String assessment = "/api/v1/pupils/{pupil}/assessments/{year}/{term}/{subject}/{source}";
        String results = "/api/v1/schools/{schoolA0}/termly-results/{year}/{term}";
        String trustResults = "/api/v1/trusts/{trustA}/termly-results/{year}/{term}";
        return List.of(
                Route.of("POST /api/v1/schools/{schoolId}/pupils").target("/api/v1/schools/{schoolA0}/pupils").roles(SL, MIS)
                        .ok(201).body(ids -> pupilBody(Upns.next(), unique("Pupil").replace(' ', '-')))
                        .witness("/api/v1/schools/{schoolA0}/pupils?limit=500&includeLeavers=true"),
                Route.of("GET /api/v1/schools/{schoolId}/pupils").target("/api/v1/schools/{schoolA0}/pupils?limit=500")
                        .roles(PUPIL_READERS).sees("pupil", "upn"),
                Route.of("GET /api/v1/pupils/{pupilId}").target("/api/v1/pupils/{pupil}").roles(PUPIL_READERS).sees("pupil", "upn"),
                Route.of("PUT /api/v1/pupils/{pupilId}").target("/api/v1/pupils/{pupil}").roles(SL, MIS)
                        .body(ids -> pupilBody(ids.get("upn"), ids.get("surname"))).self("/api/v1/pupils/{pupil}"),
                Route.of("GET /api/v1/pupils/{pupilId}/progress").target("/api/v1/pupils/{pupil}/progress?academicYear={year}&term={term}")
                        .roles(SL, SUBL, T).sees("pupil"),
                Route.of("GET /api/v1/schools/{schoolId}/pupils/needing-attention")
                        .target("/api/v1/schools/{schoolA0}/pupils/needing-attention?academicYear={year}&term={term}")
                        .roles(SL, SUBL, T).sees("pupil"),
                Route.of("PUT /api/v1/pupils/{pupilId}/assessments/{academicYear}/{term}/{subject}/{source}").target(assessment)
                        .roles(PUPIL_READERS).body(ids -> Map.of("judgement", "WTS")).self(assessment)
                        .witness(assessment + "/history"),
                Route.of("GET /api/v1/pupils/{pupilId}/assessments/{academicYear}/{term}/{subject}/{source}").target(assessment)
                        .roles(PUPIL_READERS).sees("pupil"),
                Route.of("GET /api/v1/pupils/{pupilId}/assessments/{academicYear}/{term}/{subject}/{source}/history")
                        .target(assessment + "/history").roles(PUPIL_READERS),
                Route.of("GET /api/v1/pupils/{pupilId}/assessments").target("/api/v1/pupils/{pupil}/assessments?academicYear={year}")
                        .roles(PUPIL_READERS).sees("pupil"),
                Route.of("GET /api/v1/schools/{schoolId}/assessments")
                        .target("/api/v1/schools/{schoolA0}/assessments?academicYear={year}&limit=500").roles(PUPIL_READERS)
                        .sees("pupil"),
                Route.of("PUT /api/v1/pupils/{pupilId}/targets/{academicYear}/{subject}").target("/api/v1/pupils/{pupil}/targets/{year}/{subject}")
                        .roles(PUPIL_READERS).body(ids -> Map.of("judgement", "EXS")).ifMatch("targetEtag")
                        .witness("/api/v1/pupils/{pupil}/targets").spare(IsolationFixture::pupilWithTarget),
                Route.of("GET /api/v1/pupils/{pupilId}/targets").target("/api/v1/pupils/{pupil}/targets").roles(PUPIL_READERS)
                        .sees("pupil"),
                Route.of("GET /api/v1/schools/{schoolId}/targets").target("/api/v1/schools/{schoolA0}/targets?academicYear={year}&limit=500")
                        .roles(PUPIL_READERS).sees("pupil"),

                Route.of("POST /api/v1/imports").target("/api/v1/imports?schoolId={schoolA0}").roles(MIS, SL)
                        .owner(IsolationFixture::mis).ok(202)
                        .body(ids -> "upn,firstName,lastName,dateOfBirth,sex,yearGroup,disadvantaged\n"
                                + Upns.next() + ",Iris,Imported,2018-09-30,F,4,true\n", "text/csv")
                        .witness("/api/v1/schools/{schoolA0}/pupils?limit=500&includeLeavers=true"),
                Route.of("GET /api/v1/imports/{importId}").target("/api/v1/imports/{import}").roles(MIS, SL, TL)
                        .owner(IsolationFixture::mis).sees("import"),
                Route.of("GET /api/v1/imports/{importId}/errors").target("/api/v1/imports/{import}/errors?limit=500")
                        .roles(MIS, SL, TL).owner(IsolationFixture::mis),

                Route.of("GET /api/v1/schools/{schoolId}/termly-results/{academicYear}/{term}").target(results)
                        .roles(SL, SUBL, T, G, TL).sees("schoolA0"),
                Route.of("POST /api/v1/schools/{schoolId}/termly-results/{academicYear}/{term}/publish").target(results + "/publish")
                        .roles(SL, TL).body(ids -> Map.of()).witness(results + "/versions"),
                Route.of("GET /api/v1/schools/{schoolId}/termly-results/{academicYear}/{term}/versions").target(results + "/versions")
                        .roles(SL, SUBL, T, G, TL),
                Route.of("GET /api/v1/schools/{schoolId}/termly-results/{academicYear}/{term}/versions/{version}")
                        .target(results + "/versions/{version}").roles(SL, SUBL, T, G, TL).sees("schoolA0"),
                Route.of("GET /api/v1/trusts/{trustId}/termly-results/{academicYear}/{term}").target(trustResults)
                        .roles(TL, AN).owner(IsolationFixture::trustLeader).sees("schoolA0"),
                Route.of("GET /api/v1/trusts/{trustId}/termly-results/{academicYear}/{term}/schools").target(trustResults + "/schools")
                        .roles(TL, AN).owner(IsolationFixture::trustLeader).sees("schoolA0"),
                Route.of("POST /api/v1/trusts/{trustId}/termly-results/{academicYear}/{term}/publish").target(trustResults + "/publish")
                        .roles(TL).owner(IsolationFixture::trustLeader).body(ids -> Map.of()).witness(results + "/versions"),

                Route.of("GET /api/v1/tracking/events").kind(COLLECTION).target("/api/v1/tracking/events?limit=500").roles(FEED)
                        .owner(IsolationFixture::analytics).pseudonymous().sees("schoolA0"));
    }

    // ------------------------------------------------------------------ plans-service

    static List<Route> plans() {
        return List.of(
                Route.of("POST /api/v1/plans").target("/api/v1/plans").roles(EDITORS).ok(201)
                        .body(ids -> planBody(ids.get("schoolA0"), unique("Subject plan"))).witness("/api/v1/plans?schoolId={schoolA0}&limit=500")
                        .expect("own-school SUBJECT_LEADER", Route.Expected.of(403, "a subject leader creates SUBJECT plans only")),
                Route.of("GET /api/v1/plans").kind(COLLECTION).target("/api/v1/plans?limit=500").roles(STAFF).sees("plan")
                        .filter("schoolId={schoolA0}", 200, 200),
                Route.of("GET /api/v1/plans/trust-summary").kind(COLLECTION).target("/api/v1/plans/trust-summary?academicYear={year}")
                        .roles(STAFF).sees("plan").filter("schoolId={schoolA0}", 200, 200),
                Route.of("GET /api/v1/plans/events").kind(COLLECTION).target("/api/v1/plans/events?limit=500").roles(FEED)
                        .owner(IsolationFixture::analytics).pseudonymous().sees("approvedPlan"),
                Route.of("GET /api/v1/plans/{id}").target("/api/v1/plans/{plan}").roles(STAFF).sees("plan"),
                Route.of("PUT /api/v1/plans/{id}").target("/api/v1/plans/{plan}").roles(EDITORS)
                        .body(ids -> planBody(ids.get("schoolA0"), ids.get("planTitle"))).self("/api/v1/plans/{plan}")
                        .witness("/api/v1/plans/{plan}/history?limit=500"),
                Route.of("DELETE /api/v1/plans/{id}").target("/api/v1/plans/{plan}").roles(EDITORS).ok(204)
                        .self("/api/v1/plans/{plan}").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/plans/{id}/approve").target("/api/v1/plans/{plan}/approve").roles(LEADERS)
                        .body(ids -> Map.of("note", "Approved by the standards committee on 2 October"))
                        .self("/api/v1/plans/{plan}").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/plans/{id}/activate").target("/api/v1/plans/{plan}/activate").roles(LEADERS)
                        .self("/api/v1/plans/{plan}").spare(IsolationFixture::approvedPlan),
                Route.of("POST /api/v1/plans/{id}/close").target("/api/v1/plans/{plan}/close").roles(LEADERS)
                        .self("/api/v1/plans/{plan}").spare(IsolationFixture::activePlan),
                Route.of("GET /api/v1/plans/{id}/summary").target("/api/v1/plans/{plan}/summary").roles(STAFF).sees("plan"),
                Route.of("GET /api/v1/plans/{id}/quality-check").target("/api/v1/plans/{plan}/quality-check").roles(STAFF)
                        .sees("plan"),
                Route.of("GET /api/v1/plans/{id}/history").target("/api/v1/plans/{plan}/history?limit=500").roles(STAFF)
                        .sees("plan"),
                Route.of("GET /api/v1/plans/{id}/export.csv").target("/api/v1/plans/{plan}/export.csv").roles(STAFF)
                        .sees("text:Weekly modelled writing in Year 4"),
                Route.of("POST /api/v1/plans/{id}/priorities").target("/api/v1/plans/{plan}/priorities").roles(EDITORS).ok(201)
                        .body(ids -> priorityBody()).witness("/api/v1/plans/{plan}/history?limit=500"),
                Route.of("GET /api/v1/plans/{id}/priorities").target("/api/v1/plans/{plan}/priorities?limit=500").roles(STAFF)
                        .sees("priority"),
                Route.of("POST /api/v1/plans/{id}/reviews").target("/api/v1/plans/{plan}/reviews").roles(EDITORS).ok(201)
                        .body(ids -> reviewBody(ids.get("priority"))).witness("/api/v1/plans/{plan}/reviews?limit=500"),
                Route.of("GET /api/v1/plans/{id}/reviews").target("/api/v1/plans/{plan}/reviews?limit=500").roles(STAFF)
                        .sees("review"),

                Route.of("GET /api/v1/priorities/{id}").target("/api/v1/priorities/{priority}").roles(STAFF).sees("priority"),
                Route.of("PUT /api/v1/priorities/{id}").target("/api/v1/priorities/{priority}").roles(EDITORS)
                        .body(ids -> priorityBody()).self("/api/v1/priorities/{priority}"),
                Route.of("DELETE /api/v1/priorities/{id}").target("/api/v1/priorities/{priority}").roles(EDITORS).ok(204)
                        .self("/api/v1/priorities/{priority}").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/priorities/{id}/move").target("/api/v1/priorities/{priority}/move").roles(EDITORS)
                        .body(ids -> Map.of("position", 1)).self("/api/v1/priorities/{priority}")
                        .witness("/api/v1/plans/{plan}/history?limit=500").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/priorities/{id}/objectives").target("/api/v1/priorities/{priority}/objectives").roles(EDITORS)
                        .ok(201).body(ids -> objectiveBody()).witness("/api/v1/priorities/{priority}/objectives?limit=500"),
                Route.of("GET /api/v1/priorities/{id}/objectives").target("/api/v1/priorities/{priority}/objectives?limit=500")
                        .roles(STAFF).sees("objective"),
                Route.of("POST /api/v1/priorities/{id}/actions").target("/api/v1/priorities/{priority}/actions").roles(EDITORS)
                        .ok(201).body(ids -> actionBody(ids.get("objective"))).witness("/api/v1/priorities/{priority}/actions?limit=500"),
                Route.of("GET /api/v1/priorities/{id}/actions").target("/api/v1/priorities/{priority}/actions?limit=500")
                        .roles(STAFF).sees("action"),

                Route.of("GET /api/v1/objectives/{id}").target("/api/v1/objectives/{objective}").roles(STAFF).sees("objective"),
                Route.of("PUT /api/v1/objectives/{id}").target("/api/v1/objectives/{objective}").roles(EDITORS)
                        .body(ids -> objectiveBody()).self("/api/v1/objectives/{objective}"),
                Route.of("DELETE /api/v1/objectives/{id}").target("/api/v1/objectives/{objective}").roles(EDITORS).ok(204)
                        .self("/api/v1/objectives/{objective}").spare(IsolationFixture::spareObjective),
                Route.of("POST /api/v1/objectives/{id}/move").target("/api/v1/objectives/{objective}/move").roles(EDITORS)
                        .body(ids -> Map.of("position", 1)).self("/api/v1/objectives/{objective}")
                        .witness("/api/v1/plans/{plan}/history?limit=500").spare(IsolationFixture::draftPlan),

                Route.of("GET /api/v1/actions").kind(COLLECTION).target("/api/v1/actions?limit=500").roles(STAFF).sees("action")
                        .filter("schoolId={schoolA0}", 200, 200).filter("planId={plan}", 200, 200),
                Route.of("GET /api/v1/actions/{id}").target("/api/v1/actions/{action}").roles(STAFF).sees("action"),
                Route.of("PUT /api/v1/actions/{id}").target("/api/v1/actions/{action}").roles(EDITORS)
                        .body(ids -> actionBody(ids.get("objective"))).self("/api/v1/actions/{action}")
                        .witness("/api/v1/plans/{plan}/history?limit=500"),
                Route.of("DELETE /api/v1/actions/{id}").target("/api/v1/actions/{action}").roles(EDITORS).ok(204)
                        .self("/api/v1/actions/{action}").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/actions/{id}/move").target("/api/v1/actions/{action}/move").roles(EDITORS)
                        .body(ids -> Map.of("position", 1)).self("/api/v1/actions/{action}")
                        .witness("/api/v1/plans/{plan}/history?limit=500").spare(IsolationFixture::draftPlan),
                Route.of("PUT /api/v1/actions/{id}/status").target("/api/v1/actions/{action}/status").roles(TL, SL, SUBL, T)
                        .body(ids -> Map.of("status", "IN_PROGRESS")).self("/api/v1/actions/{action}")
                        .expect("own-school TEACHER", Route.Expected.of(403, "a teacher changes the status of actions they lead only")),
                Route.of("POST /api/v1/actions/{id}/milestones").target("/api/v1/actions/{action}/milestones").roles(EDITORS)
                        .ok(201).body(ids -> milestoneBody(Map.of("type", "MANUAL")))
                        .witness("/api/v1/actions/{action}/milestones?limit=500"),
                Route.of("GET /api/v1/actions/{id}/milestones").target("/api/v1/actions/{action}/milestones?limit=500")
                        .roles(STAFF).sees("milestone"),

                Route.of("GET /api/v1/milestones").kind(COLLECTION).target("/api/v1/milestones?limit=500").roles(STAFF)
                        .sees("milestone").filter("schoolId={schoolA0}", 200, 200).filter("planId={plan}", 200, 200),
                Route.of("GET /api/v1/milestones/{id}").target("/api/v1/milestones/{milestone}").roles(STAFF).sees("milestone"),
                Route.of("PUT /api/v1/milestones/{id}").target("/api/v1/milestones/{milestone}").roles(EDITORS)
                        .body(ids -> milestoneBody(Map.of("type", "MANUAL"))).self("/api/v1/milestones/{milestone}")
                        .witness("/api/v1/milestones/{milestone}/evaluations?limit=500").spare(IsolationFixture::draftPlan),
                Route.of("DELETE /api/v1/milestones/{id}").target("/api/v1/milestones/{milestone}").roles(EDITORS).ok(204)
                        .self("/api/v1/milestones/{milestone}").spare(IsolationFixture::draftPlan),
                Route.of("POST /api/v1/milestones/{id}/move").target("/api/v1/milestones/{milestone}/move").roles(EDITORS)
                        .body(ids -> Map.of("position", 1)).self("/api/v1/milestones/{milestone}")
                        .witness("/api/v1/plans/{plan}/history?limit=500").spare(IsolationFixture::draftPlan),
                Route.of("PUT /api/v1/milestones/{id}/status").target("/api/v1/milestones/{milestone}/status").roles(EDITORS)
                        .body(ids -> Map.of("status", "ON_TRACK", "reason", "Moderated with the trust's English lead"))
                        .self("/api/v1/milestones/{milestone}").witness("/api/v1/milestones/{milestone}/evaluations?limit=500")
                        .spare(IsolationFixture::draftPlan),
                Route.of("DELETE /api/v1/milestones/{id}/override").target("/api/v1/milestones/{milestone}/override")
                        .roles(EDITORS).self("/api/v1/milestones/{milestone}").spare(IsolationFixture::overriddenMilestone),
                Route.of("GET /api/v1/milestones/{id}/evaluations").target("/api/v1/milestones/{milestone}/evaluations?limit=500")
                        .roles(STAFF).sees("milestone"),

                Route.of("GET /api/v1/reviews/{id}").target("/api/v1/reviews/{review}").roles(STAFF).sees("review"),
                Route.of("PUT /api/v1/reviews/{id}").target("/api/v1/reviews/{review}").roles(EDITORS)
                        .body(ids -> reviewBody(ids.get("priority"))).self("/api/v1/reviews/{review}"),
                Route.of("DELETE /api/v1/reviews/{id}").target("/api/v1/reviews/{review}").roles(EDITORS).ok(204)
                        .self("/api/v1/reviews/{review}").spare(IsolationFixture::draftPlan));
    }

    // ------------------------------------------------------------------ monitoring-service

    static List<Route> monitoring() {
        String rating = "/api/v1/self-evaluations/{selfEvaluation}/ratings/{standard}";
        return List.of(
                Route.of("POST /api/v1/monitoring-activities").target("/api/v1/monitoring-activities").roles(EDITORS).ok(201)
                        .body(ids -> activityBody(ids.get("schoolA0"), "2027-02-01"))
                        .witness("/api/v1/monitoring-activities?schoolId={schoolA0}&limit=500"),
                Route.of("GET /api/v1/monitoring-activities").kind(COLLECTION).target("/api/v1/monitoring-activities?limit=500")
                        .roles(STAFF).sees("activity").filter("schoolId={schoolA0}", 404, 404),
                Route.of("GET /api/v1/monitoring-activities/calendar")
                        .target("/api/v1/monitoring-activities/calendar?schoolId={schoolA0}&academicYear={year}").roles(STAFF)
                        .sees("activity"),
                Route.of("GET /api/v1/monitoring-activities/trust-calendar").kind(COLLECTION)
                        .target("/api/v1/monitoring-activities/trust-calendar?academicYear={year}").roles(STAFF).sees("activity"),
                Route.of("GET /api/v1/monitoring-activities/{id}").target("/api/v1/monitoring-activities/{activity}").roles(STAFF)
                        .sees("activity"),
                Route.of("PUT /api/v1/monitoring-activities/{id}").target("/api/v1/monitoring-activities/{activity}").roles(EDITORS)
                        .body(ids -> activityBody(ids.get("schoolA0"), "2027-01-18")).self("/api/v1/monitoring-activities/{activity}")
                        .spare(IsolationFixture::plannedActivity),
                Route.of("POST /api/v1/monitoring-activities/{id}/complete").target("/api/v1/monitoring-activities/{activity}/complete")
                        .roles(EDITORS).body(ids -> Map.of("completedOn", "2027-01-18", "summary", "Books from every class sampled"))
                        .self("/api/v1/monitoring-activities/{activity}").spare(IsolationFixture::plannedActivity),
                Route.of("POST /api/v1/monitoring-activities/{id}/cancel").target("/api/v1/monitoring-activities/{activity}/cancel")
                        .roles(EDITORS).body(ids -> Map.of("reason", "Moved to the spring term"))
                        .self("/api/v1/monitoring-activities/{activity}").spare(IsolationFixture::activityWithoutFindings),
                Route.of("POST /api/v1/monitoring-activities/{id}/findings").target("/api/v1/monitoring-activities/{activity}/findings")
                        .roles(EDITORS).ok(201).body(ids -> spareFindingBody())
                        .witness("/api/v1/monitoring-activities/{activity}/findings?limit=500").spare(IsolationFixture::plannedActivity),
                Route.of("GET /api/v1/monitoring-activities/{id}/findings")
                        .target("/api/v1/monitoring-activities/{activity}/findings?limit=500").roles(STAFF).sees("finding"),
                Route.of("GET /api/v1/monitoring-activities/{id}/follow-ups").target("/api/v1/monitoring-activities/{activity}/follow-ups")
                        .roles(STAFF).sees("finding"),

                Route.of("GET /api/v1/findings").kind(COLLECTION).target("/api/v1/findings?limit=500").roles(STAFF).sees("finding")
                        .filter("schoolId={schoolA0}", 404, 404),
                Route.of("GET /api/v1/findings/focus-areas/{tag}").target("/api/v1/findings/focus-areas/{focus}?schoolId={schoolA0}")
                        .roles(STAFF).sees("finding"),
                Route.of("GET /api/v1/findings/{id}").target("/api/v1/findings/{finding}").roles(STAFF).sees("finding"),
                Route.of("PUT /api/v1/findings/{id}").target("/api/v1/findings/{finding}").roles(EDITORS).body(ids -> spareFindingBody())
                        .self("/api/v1/findings/{finding}").spare(IsolationFixture::plannedActivity),
                Route.of("DELETE /api/v1/findings/{id}").target("/api/v1/findings/{finding}").roles(EDITORS).ok(204)
                        .self("/api/v1/findings/{finding}").spare(IsolationFixture::plannedActivity),
                Route.of("GET /api/v1/findings/{id}/follow-ups").target("/api/v1/findings/{finding}/follow-ups").roles(STAFF)
                        .sees("finding"),

                Route.of("POST /api/v1/evidence").target("/api/v1/evidence").roles(EDITORS).ok(201)
                        .body(ids -> evidenceForm(ids.get("schoolA0"), ids.get("activity"), unique("Book sample")), "multipart/form-data")
                        .witness("/api/v1/evidence?schoolId={schoolA0}&limit=500"),
                Route.of("GET /api/v1/evidence").kind(COLLECTION).target("/api/v1/evidence?limit=500").roles(STAFF).sees("evidence")
                        .filter("schoolId={schoolA0}", 404, 404),
                Route.of("GET /api/v1/evidence/deletions").kind(COLLECTION).target("/api/v1/evidence/deletions?limit=500")
                        .roles(LEADERS).sees("deletedEvidence").filter("schoolId={schoolA0}", 404, 404),
                Route.of("GET /api/v1/evidence/{id}").target("/api/v1/evidence/{evidence}").roles(STAFF).sees("evidence"),
                Route.of("GET /api/v1/evidence/{id}/content").target("/api/v1/evidence/{evidence}/content").roles(STAFF)
                        .sees("text:fronted adverbial"),
                Route.of("PUT /api/v1/evidence/{id}").target("/api/v1/evidence/{evidence}").roles(EDITORS)
                        .body(ids -> evidenceUpdateBody(ids.get("activity"))).self("/api/v1/evidence/{evidence}"),
                Route.of("DELETE /api/v1/evidence/{id}").target("/api/v1/evidence/{evidence}?reason=duplicate").roles(EDITORS)
                        .self("/api/v1/evidence/{evidence}").spare(IsolationFixture::spareEvidence),

                Route.of("GET /api/v1/frameworks").kind(COLLECTION).target("/api/v1/frameworks?limit=500").roles(STAFF)
                        .sees("schoolFramework").filter("schoolId={schoolA0}", 404, 404),
                Route.of("POST /api/v1/frameworks").target("/api/v1/frameworks").roles(LEADERS).ok(201)
                        .body(ids -> frameworkBody(ids.get("schoolA0"), unique("Writing review"))).witness("/api/v1/frameworks?limit=500"),
                Route.of("GET /api/v1/frameworks/{id}").target("/api/v1/frameworks/{schoolFramework}").roles(STAFF)
                        .sees("schoolFramework"),
                Route.of("PUT /api/v1/frameworks/{id}").target("/api/v1/frameworks/{schoolFramework}").roles(LEADERS)
                        .body(ids -> frameworkBody(ids.get("schoolA0"), "A0 phonics review")).self("/api/v1/frameworks/{schoolFramework}"),

                Route.of("POST /api/v1/self-evaluations").target("/api/v1/self-evaluations").roles(LEADERS).ok(201)
                        .body(ids -> Map.of("schoolId", ids.get("schoolA0"), "academicYear", ids.get("selfEvaluationYear"),
                                "frameworkId", ids.get("toolkit")))
                        .witness("/api/v1/self-evaluations?limit=500").spare(f -> Map.of("selfEvaluationYear", f.freshYear())),
                Route.of("GET /api/v1/self-evaluations").kind(COLLECTION).target("/api/v1/self-evaluations?limit=500").roles(STAFF)
                        .sees("selfEvaluation").filter("schoolId={schoolA0}", 404, 404),
                Route.of("GET /api/v1/self-evaluations/{id}").target("/api/v1/self-evaluations/{selfEvaluation}").roles(STAFF)
                        .sees("selfEvaluation"),
                Route.of("GET /api/v1/self-evaluations/{id}/ratings/{standardId}").target(rating).roles(STAFF)
                        .sees("text:Termly pupil progress meetings"),
                Route.of("PUT /api/v1/self-evaluations/{id}/ratings/{standardId}").target(rating).roles(LEADERS)
                        .body(ids -> ratingBody()).self(rating).witness("/api/v1/self-evaluations/{selfEvaluation}/history?limit=500"),
                Route.of("GET /api/v1/self-evaluations/{id}/history").target("/api/v1/self-evaluations/{selfEvaluation}/history?limit=500")
                        .roles(STAFF).sees("text:Termly pupil progress meetings"),

                Route.of("GET /api/v1/monitoring/events").kind(COLLECTION).target("/api/v1/monitoring/events?limit=500").roles(FEED)
                        .owner(IsolationFixture::analytics).pseudonymous().sees("activity", "finding"));
    }

    /** A finding that matches no milestone (its own focus tag, no links), so recording it moves nothing elsewhere. */
    public static Map<String, Object> spareFindingBody() {
        Map<String, Object> finding = new LinkedHashMap<>(findingBody(2, List.of(), false, "Modelled writing seen in most classes"));
        finding.put("focusTags", List.of("modelled-writing"));
        return finding;
    }

    public static Map<String, Object> evidenceUpdateBody(String activityId) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("kind", "WORK_SAMPLE");
        update.put("title", "Year 4 book sample");
        update.put("description", "Scanned pages from two Year 4 books");
        update.put("activityId", activityId);
        update.put("confidential", false);
        return update;
    }
}
