package org.goldenthread.bench.scenario;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.goldenthread.bench.Args;
import org.goldenthread.bench.HttpTarget;

/**
 * What the plan-summary and gateway-overhead scenarios share: one school with a school leader and the benchmark
 * plan, and the summary GET prepared both ways — straight at plans-service with an internal token, and through the
 * gateway with the leader's own access token. Both tokens are renewed in the background.
 */
final class SummarySetup implements AutoCloseable {

    static final String ROLE = "SCHOOL_LEADER";

    final Organisation.Trust trust;
    final String leader;
    final ImprovementPlan.Made plan;
    final String summaryPath;
    /** The plan itself: unlike the summary, read from the database on every request. */
    final String planPath;
    final int summaryBytes;
    private final RenewingToken internal;
    private final RenewingToken user;
    private final BenchSystem system;

    private SummarySetup(BenchSystem system, Organisation.Trust trust, String leader, ImprovementPlan.Made plan,
            int summaryBytes, RenewingToken internal, RenewingToken user) {
        this.system = system;
        this.trust = trust;
        this.leader = leader;
        this.plan = plan;
        this.planPath = "/api/v1/plans/" + plan.planId();
        this.summaryPath = planPath + "/summary";
        this.summaryBytes = summaryBytes;
        this.internal = internal;
        this.user = user;
    }

    static SummarySetup make(BenchSystem system, int priorities, int actions, int milestones, Progress progress) {
        Api gateway = new Api(system.gateway());
        Organisation org = new Organisation(gateway, system.adminToken(gateway).value());
        Organisation.Trust trust = org.trust("Bench Summary Trust", 1, 700_001);
        UUID school = trust.school(0).id();
        String leader = org.user(trust, "head@summary-school.bench", ROLE, List.of(school));
        RenewingToken user = new RenewingToken("leader", () -> gateway.userToken(leader, Organisation.PASSWORD));
        long started = System.nanoTime();
        ImprovementPlan.Made plan = ImprovementPlan.make(gateway, user.get(), school, priorities, actions, milestones);
        progress.say(String.format(Locale.ROOT, "plan %s made through the gateway in %.1f s: %d priorities, %d actions, "
                + "%d milestones", plan.planId(), (System.nanoTime() - started) / 1e9, plan.priorities(), plan.actions(),
                plan.milestones()));
        RenewingToken internal = system.internalToken(leader, List.of(ROLE), trust.id(), List.of(school));
        Api plans = new Api(system.service("plans"));
        Api.Reply direct = plans.get("/api/v1/plans/" + plan.planId() + "/summary", internal.get()).expect(200);
        gateway.get("/api/v1/plans/" + plan.planId() + "/summary", user.get()).expect(200);
        return new SummarySetup(system, trust, leader, plan, direct.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                internal, user);
    }

    /** The summary GET straight at plans-service. */
    HttpTarget direct(Args a) {
        return direct(a, summaryPath);
    }

    /** A GET of plans-service's straight at it, with an internal token signed with the gateway's key. */
    HttpTarget direct(Args a, String path) {
        return target(system.service("plans").resolve(path).toString(), internal, a);
    }

    /** The same GET through the gateway, with the school leader's access token. */
    HttpTarget viaGateway(Args a, String path) {
        return target(system.gateway().resolve(path).toString(), user, a);
    }

    private static HttpTarget target(String url, RenewingToken token, Args a) {
        Duration timeout = LoadOptions.timeout(a);
        return HttpTarget.builder()
                .url(url)
                .header("Authorization", token.bearer())
                .header("Accept", "application/json")
                .requestTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .clients(LoadOptions.clients(a))
                .lean(64)
                .build();
    }

    /** Sends one request and fails the scenario unless it is a 200. */
    static void probe(HttpTarget target) {
        try {
            int status = target.probe();
            if (status != 200) {
                throw new ScenarioFailed("pre-flight " + target.describe() + " answered " + status);
            }
        } catch (java.io.IOException e) {
            throw new ScenarioFailed("pre-flight " + target.describe() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailed("interrupted");
        }
    }

    @Override
    public void close() {
        internal.close();
        user.close();
    }
}
