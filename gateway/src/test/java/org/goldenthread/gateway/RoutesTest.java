package org.goldenthread.gateway;

import org.goldenthread.gateway.edge.Routes;
import org.goldenthread.gateway.edge.Upstream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every /api/v1 prefix of DESIGN.md goes to its service; the most specific rule wins. */
class RoutesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/plans, PLANS",
            "/api/v1/plans/0193a2f0-0000-7000-8000-000000000001/summary, PLANS",
            "/api/v1/plans/events, PLANS",
            "/api/v1/priorities/p1, PLANS",
            "/api/v1/objectives, PLANS",
            "/api/v1/actions/a1, PLANS",
            "/api/v1/milestones/m1/override, PLANS",
            "/api/v1/reviews, PLANS",
            "/api/v1/schools/s1/pupils, TRACKING",
            "/api/v1/schools/s1/pupils/p1/assessments, TRACKING",
            "/api/v1/schools/s1/assessments, TRACKING",
            "/api/v1/schools/s1/targets, TRACKING",
            "/api/v1/schools/s1/termly-results/2026-27/AUTUMN, TRACKING",
            "/api/v1/pupils/p1, TRACKING",
            "/api/v1/imports, TRACKING",
            "/api/v1/imports/i1/errors, TRACKING",
            "/api/v1/trusts/t1/termly-results, TRACKING",
            "/api/v1/tracking/events, TRACKING",
            "/api/v1/monitoring-activities, MONITORING",
            "/api/v1/findings/f1, MONITORING",
            "/api/v1/evidence/e1/content, MONITORING",
            "/api/v1/self-evaluations, MONITORING",
            "/api/v1/frameworks, MONITORING",
            "/api/v1/monitoring/events, MONITORING",
    })
    void servicePathsGoToTheirService(String path, Upstream expected) {
        assertEquals(expected, Routes.match(path));
    }

    @ParameterizedTest(name = "{0} stays at the gateway")
    @CsvSource({
            "/api/v1/trusts",
            "/api/v1/trusts/t1",
            "/api/v1/trusts/t1/users",
            "/api/v1/trusts/t1/schools",
            "/api/v1/trusts/t1/clients",
            "/api/v1/schools",
            "/api/v1/schools/s1",
            "/api/v1/schools/s1/",
            "/api/v1/clients",
            "/api/v1/clients/c1/secret",
            "/api/v1/planets",
            "/api/v1/schools/s1/pupilsx",
            "/api/v1/trusts/t1/pupils",
            "/oauth/token",
            "/q/health",
            "/api/v2/plans",
    })
    void gatewayPathsAreNotProxied(String path) {
        assertEquals(null, Routes.match(path));
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
            "/api/v1/plans/{planId}, PLANS",
            "/api/v1/schools/{schoolId}/pupils/{pupilId}, TRACKING",
            "/api/v1/trusts/{trustId}/termly-results, TRACKING",
            "/api/v1/findings/{findingId}, MONITORING",
    })
    void openApiTemplatesAreMatchedLikePaths(String template, Upstream upstream) {
        assertEquals(true, Routes.ownedBy(template, upstream));
    }
}
