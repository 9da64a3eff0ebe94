package org.goldenthread.bench.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.goldenthread.bench.Args;
import org.goldenthread.bench.ConstantRateLoad;
import org.goldenthread.bench.HttpTarget;
import org.goldenthread.bench.LatencySummary;
import org.goldenthread.bench.LoadResult;
import org.goldenthread.bench.LoadSettings;
import org.goldenthread.bench.MaxThroughputFinder;
import org.goldenthread.bench.Reports;

/**
 * Issue 4: the summary of a plan with 6 priorities, 40 actions and 60 milestones, served straight from plans-service
 * (internal token, no gateway) at a constant 2,000 requests/s; aim p99 &le; 50 ms. Then the highest rate sustained
 * with p99 &le; 50 ms.
 */
public final class PlanSummaryScenario implements Scenario {

    public static void main(String[] args) {
        Scenarios.main("plan-summary", args);
    }

    @Override
    public String name() {
        return "plan-summary";
    }

    @Override
    public String summary() {
        return "GET /api/v1/plans/{id}/summary straight at plans-service (6 priorities, 40 actions, 60 milestones) at "
                + "2,000 req/s; aim p99 <= 50 ms; then the max sustained rate";
    }

    @Override
    public String optionsHelp() {
        return LoadOptions.help("2000/s", "30s", "20s")
                + "      --priorities N --actions N --milestones N   the plan, default 6, 40, 60\n";
    }

    @Override
    public Set<String> options() {
        Set<String> s = new HashSet<>(LoadOptions.NAMES);
        s.addAll(Set.of("priorities", "actions", "milestones"));
        return s;
    }

    @Override
    public Set<String> flags() {
        return LoadOptions.FLAGS;
    }

    @Override
    public void validate(Args a) {
        LoadOptions.validate(a);
    }

    @Override
    public void run(Args a, BenchSystem system, Report report, Progress progress) {
        try (SummarySetup setup = SummarySetup.make(system, a.getInt("priorities", 6), a.getInt("actions", 40),
                a.getInt("milestones", 60), progress)) {
            HttpTarget target = setup.direct(a);
            SummarySetup.probe(target);
            report.line("plan:          " + setup.plan.priorities() + " priorities, " + setup.plan.actions()
                    + " actions, " + setup.plan.milestones() + " milestones (made through the gateway); summary "
                    + setup.summaryBytes + " bytes of JSON");
            report.line("target:        " + target.describe() + " (internal token signed with the gateway's key)");
            report.put("plan", java.util.Map.of("priorities", setup.plan.priorities(), "actions", setup.plan.actions(),
                    "milestones", setup.plan.milestones(), "summaryBytes", setup.summaryBytes));

            LoadOptions.jitWarmup(a, progress, target);
            LoadSettings settings = LoadOptions.settings(a, 2000, Duration.ofSeconds(30), Duration.ofSeconds(20));
            progress.say("constant rate: " + LoadOptions.describe(settings));
            LoadResult r = ConstantRateLoad.run("plan summary, direct", settings, target);
            report.section("constant rate " + Reports.rate(settings.rate()) + "/s", r.toText());
            report.put("constantRate", r.toMap());
            MaxThroughputFinder finder = LoadOptions.finder(a);
            String why = finder.judge(settings.rate(), r);
            report.aim(String.format(Locale.ROOT, ">= %s req/s with p99 <= %s ms", Reports.rate(settings.rate()),
                    LatencySummary.ms(LoadOptions.p99(a).toNanos() / 1e6)), why.isEmpty(),
                    String.format(Locale.ROOT, "p99 %s ms, ok %s/s, errors %d%s", LatencySummary.ms(r.p99Ms()),
                            Reports.rate(Math.round(r.okThroughput() * 10) / 10.0), r.errors(),
                            why.isEmpty() ? "" : "; " + why));

            if (!a.flag("no-max")) {
                LoadSettings step = LoadOptions.stepSettings(a);
                progress.say("max search: rates " + finder.rates() + ", each " + LoadOptions.describe(step.withRate(1)));
                MaxThroughputFinder.Result max = finder.find(LoadOptions.logging(
                        MaxThroughputFinder.constantRate("summary", step, target), progress));
                report.section("max sustained rate (p99 <= " + LatencySummary.ms(max.p99BoundMs()) + " ms, errors <= 1%, "
                        + "ok >= 95% of the rate)", max.toText());
                report.put("maxSearch", max.toMap());
            }
        }
    }
}
