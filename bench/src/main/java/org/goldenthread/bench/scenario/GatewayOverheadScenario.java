package org.goldenthread.bench.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.goldenthread.bench.Args;
import org.goldenthread.bench.Comparison;
import org.goldenthread.bench.HttpTarget;
import org.goldenthread.bench.LatencySummary;
import org.goldenthread.bench.LoadSettings;
import org.goldenthread.bench.MaxThroughputFinder;
import org.goldenthread.bench.Reports;

/**
 * Issue 8: a plans-service GET directly and through the gateway in one run: the plan summary (served from memory,
 * the lightest GET there is, so the gateway's share is largest), or with {@code --endpoint plan} the plan itself
 * (read from the database on every request, like most of the API). First the highest
 * sustained rate each way, searched in lockstep (aim: via &ge; 80% of direct); then latency at a rate the direct
 * path sustains (half its max unless {@code --rate} is given), in interleaved rounds (aim: via p99 &le; 1.3 × direct).
 */
public final class GatewayOverheadScenario implements Scenario {

    public static void main(String[] args) {
        Scenarios.main("gateway-overhead", args);
    }

    @Override
    public String name() {
        return "gateway-overhead";
    }

    @Override
    public String summary() {
        return "a plans GET (the summary, or --endpoint plan) direct and through the gateway, interleaved; aims "
                + "via p99 <= 1.3 x direct and via max rate >= 0.8 x direct";
    }

    @Override
    public String optionsHelp() {
        return LoadOptions.help("half the direct side's max sustained rate (found first; 200/s with --no-max)",
                "60s (split over the rounds)", "15s (each side, once)")
                + "      --endpoint E           summary (default: GET /api/v1/plans/{id}/summary, held in memory) or plan\n"
                + "                             (GET /api/v1/plans/{id}, read from the database on every request)\n"
                + "      --rate-share R         with no --rate: the share of the direct max used, default 0.5\n"
                + "      --rounds N             alternating direct/via slices of the duration, default 4\n"
                + "      --aim-p99-ratio R      default 1.3;  --aim-throughput-ratio R  default 0.8\n";
    }

    @Override
    public Set<String> options() {
        Set<String> s = new HashSet<>(LoadOptions.NAMES);
        s.addAll(Set.of("endpoint", "rounds", "rate-share", "aim-p99-ratio", "aim-throughput-ratio"));
        return s;
    }

    @Override
    public Set<String> flags() {
        return LoadOptions.FLAGS;
    }

    @Override
    public void validate(Args a) {
        LoadOptions.validate(a);
        String endpoint = a.get("endpoint", "summary");
        if (!endpoint.equals("summary") && !endpoint.equals("plan")) {
            throw new IllegalArgumentException("--endpoint must be summary or plan, not " + endpoint);
        }
        if (a.getInt("rounds", 4) < 1) {
            throw new IllegalArgumentException("--rounds must be >= 1");
        }
    }

    @Override
    public void run(Args a, BenchSystem system, Report report, Progress progress) {
        double aimP99 = a.getDouble("aim-p99-ratio", 1.3);
        double aimThroughput = a.getDouble("aim-throughput-ratio", 0.8);
        try (SummarySetup setup = SummarySetup.make(system, 6, 40, 60, progress)) {
            boolean summary = a.get("endpoint", "summary").equals("summary");
            String path = summary ? setup.summaryPath : setup.planPath;
            HttpTarget direct = setup.direct(a, path);
            HttpTarget via = setup.viaGateway(a, path);
            SummarySetup.probe(direct);
            SummarySetup.probe(via);
            report.line("direct:        " + direct.describe() + " (internal token signed with the gateway's key)");
            report.line("via:           " + via.describe() + " (the school leader's access token from /oauth/token)");
            report.line("plan:          6 priorities, 40 actions, 60 milestones; summary " + setup.summaryBytes
                    + " bytes of JSON");
            report.line("endpoint:      " + (summary ? "the plan summary (held in memory while the plan is unchanged)"
                    : "the plan (read from the database on every request)"));

            LoadOptions.jitWarmup(a, progress, direct, via);
            MaxThroughputFinder.SideBySide search = null;
            if (!a.flag("no-max")) {
                MaxThroughputFinder finder = LoadOptions.finder(a);
                LoadSettings step = LoadOptions.stepSettings(a);
                progress.say("max search in lockstep (direct, then via, at each rate): rates " + finder.rates());
                search = finder.findSideBySide(
                        LoadOptions.logging(MaxThroughputFinder.constantRate("direct", step, direct), progress),
                        LoadOptions.logging(MaxThroughputFinder.constantRate("via", step, via), progress));
            }
            double rate = a.has("rate") ? a.getDouble("rate", 200)
                    : search != null && search.first().found()
                            ? Math.max(10, Math.floor(search.first().bestRate() * a.getDouble("rate-share", 0.5) / 10) * 10)
                            : 200;
            LoadSettings settings = LoadOptions.settings(a, 1000, Duration.ofSeconds(60), Duration.ofSeconds(15))
                    .withRate(rate);
            int rounds = a.getInt("rounds", 4);
            progress.say("latency at a fixed rate: " + LoadOptions.describe(settings) + " each side, " + rounds
                    + " interleaved rounds");
            Comparison c = Comparison.run(settings, direct, via, rounds, Duration.ofSeconds(1));
            report.section("same rate, " + rounds + " interleaved rounds" + (a.has("rate") ? ""
                    : search != null && search.first().found() ? " (rate = " + Reports.ratio(a.getDouble("rate-share", 0.5))
                            + " x the direct max sustained rate)" : " (no direct max found: 200/s)"), c.toText());
            report.put("fixedRate", c.toMap());
            String directSustained = LoadOptions.finder(a).judge(settings.rate(), c.direct());
            report.aim(String.format(Locale.ROOT, "via p99 <= %s x direct at %s req/s", Reports.ratio(aimP99),
                    Reports.rate(settings.rate())), directSustained.isEmpty() && !Double.isNaN(c.p99Ratio())
                            && c.p99Ratio() <= aimP99 && c.via().errors() == 0,
                    String.format(Locale.ROOT, "direct p99 %s ms, via p99 %s ms, ratio %s; errors direct %d, via %d",
                            LatencySummary.ms(c.direct().p99Ms()), LatencySummary.ms(c.via().p99Ms()),
                            Reports.ratio(c.p99Ratio()), c.direct().errors(), c.via().errors())
                            + (directSustained.isEmpty() ? "" : "; not a valid comparison: the direct path did not "
                                    + "sustain this rate (" + directSustained + ")"));

            if (search != null) {
                MaxThroughputFinder.SideBySide s = search;
                report.section("max sustained rate, direct (searched first, in lockstep with via)", s.first().toText());
                report.section("max sustained rate, via the gateway", s.second().toText());
                report.line(String.format(Locale.ROOT, "max sustained rate ratio (via/direct): %s",
                        Reports.ratio(s.ratio())));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("direct", s.first().toMap());
                m.put("via", s.second().toMap());
                m.put("maxRateRatio", Reports.round3(s.ratio()));
                report.put("maxSearch", m);
                report.aim(String.format(Locale.ROOT, "via max sustained rate >= %s x direct", Reports.ratio(aimThroughput)),
                        !Double.isNaN(s.ratio()) && s.ratio() >= aimThroughput,
                        String.format(Locale.ROOT, "direct %s/s, via %s/s (p99 <= %s ms), ratio %s",
                                Reports.rate(s.first().bestRate()), Reports.rate(s.second().bestRate()),
                                LatencySummary.ms(s.first().p99BoundMs()), Reports.ratio(s.ratio())));
            }
        }
    }
}
