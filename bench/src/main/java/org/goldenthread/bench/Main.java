package org.goldenthread.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command line: {@code java -jar bench/target/bench-1.0.0-SNAPSHOT.jar <http|compare|max|scenario> [options]}. Run
 * with {@code help} for the options.
 */
public final class Main {

    static final String USAGE = """
            Golden Thread load harness (open model: constant arrival rate, latency from intended send time).

            usage: java -jar bench/target/bench-1.0.0-SNAPSHOT.jar <command> [options]

            commands
              http      constant-rate load against --url (repeat --url to round-robin several)
              compare   the same load against --direct and --via in one run, side by side with via/direct ratios
              max       steps of increasing rate; reports the highest rate sustained with p99 under --p99
              scenario  start the packaged system and run one of the issues' benchmarks on it:
                        plan-summary, gateway-overhead, import, publish-latency ('scenario help' for their options)
              help      this text

            load (http, compare, max)
              --rate N               arrivals per second (required for http and compare)
              --duration D           measured period, default 30s (max: per step)      durations: 500ms 30s 2m PT30S
              --warmup D             unmeasured period before it at the same rate, default 5s (max: per step)
              --max-in-flight N      outstanding requests allowed; arrivals beyond are dropped (errors), default 1024
              --drain-timeout D      wait for outstanding requests after the schedule, default timeout + 5s

            request
              --url URL              target (http, max); repeatable
              --method M             default GET
              --header 'Name: v'     repeatable, e.g. --header 'Authorization: Bearer eyJ...'
              --body TEXT|@FILE      request body (Content-Type defaults to application/json)
              --timeout D            per-request timeout, default 10s (counted as error 'timeout')
              --connect-timeout D    default 5s
              --http2                use HTTP/2 (default HTTP/1.1)
              --clients N            independent HttpClients used round robin, default 1
              --no-probe             skip the single pre-flight request to each target

            compare
              --direct URL --via URL the baseline and the target under test (e.g. the service and the gateway)
              --direct-header H      extra header for the direct side only (repeatable); --via-header likewise
              --rounds N             1 = direct then via; N > 1 = alternate N slices of the duration, default 1
              --pause D              idle time between runs, default 1s
              --aim-p99-ratio R      print whether via p99 / direct p99 <= R (e.g. 1.3)
              --aim-throughput-ratio R  print whether via ok/s / direct ok/s >= R (e.g. 0.8)
              --search               instead of one rate, run the max search (options below) on each side and
                                     compare the highest sustained rates

            max
              --p99 D                p99 bound, e.g. 50ms (required)
              --start N --step N     first rate and additive step (or --factor F for multiplicative steps)
              --max-rate N           last rate to try (required)
              --max-error-ratio R    default 0.01;  --min-throughput-ratio R  default 0.95
              --failures-to-stop N   consecutive unsustained steps before stopping, default 1

            output
              --format text|json     what to print on stdout, default text
              --json-out FILE        also write the JSON report to FILE
              --name NAME            label for the run (http, max)
            """;

    private static final Set<String> REQUEST_OPTIONS = Set.of("method", "header", "body", "content-type", "timeout",
            "connect-timeout", "clients");
    private static final Set<String> LOAD_OPTIONS = Set.of("rate", "duration", "warmup", "max-in-flight",
            "drain-timeout", "format", "json-out", "name");
    private static final Set<String> MAX_OPTIONS = Set.of("p99", "start", "step", "factor", "max-rate",
            "max-error-ratio", "min-throughput-ratio", "failures-to-stop");
    private static final Set<String> FLAGS = Set.of("http2", "no-probe");

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command; returns the process exit code (0 ok, 1 failure, 2 usage error). */
    int run(String... args) {
        if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (args[0].equals("scenario")) {
            return new org.goldenthread.bench.scenario.Scenarios(out, err).run(rest);
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        try {
            return switch (args[0]) {
                case "http" -> http(parse(rest, Set.of("url"), Set.of()));
                case "max" -> max(parse(rest, Set.of("url"), Set.of()));
                case "compare" -> compare(parse(rest, Set.of("direct", "via", "direct-header", "via-header",
                        "rounds", "pause", "aim-p99-ratio", "aim-throughput-ratio"), Set.of("search")));
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("run with 'help' for usage");
            return 2;
        } catch (ProbeFailed e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static Args parse(List<String> tokens, Set<String> extra, Set<String> extraFlags) {
        Set<String> options = new HashSet<>(REQUEST_OPTIONS);
        options.addAll(LOAD_OPTIONS);
        options.addAll(MAX_OPTIONS);
        options.addAll(extra);
        Set<String> flags = new HashSet<>(FLAGS);
        flags.addAll(extraFlags);
        Args a = Args.parse(tokens, options, flags);
        String format = a.get("format", "text");
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            throw new IllegalArgumentException("--format must be text or json");
        }
        return a;
    }

    private int http(Args a) throws IOException {
        List<String> urls = a.all("url");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("--url is required");
        }
        HttpTarget target = target(a, urls, List.of());
        LoadSettings settings = settings(a, true);
        probe(a, "target", target);
        String name = a.get("name", target.describe());
        err.println("running " + name + ": " + settings);
        LoadResult r = ConstantRateLoad.run(name, settings, target);
        emit(a, r.toText(), r.toJson());
        return 0;
    }

    private int max(Args a) throws IOException {
        List<String> urls = a.all("url");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("--url is required");
        }
        HttpTarget target = target(a, urls, List.of());
        MaxThroughputFinder finder = finder(a);
        LoadSettings step = settings(a, false);
        probe(a, "target", target);
        String name = a.get("name", target.describe());
        err.println("max search " + name + ": rates " + rates(finder) + ", each " + Durations.format(step.duration())
                + " (warm-up " + Durations.format(step.warmup()) + ")");
        MaxThroughputFinder.Result r = finder.find(logging(MaxThroughputFinder.constantRate(name, step, target)));
        emit(a, name + "\n" + r.toText(), r.toJson());
        return 0;
    }

    private int compare(Args a) throws IOException {
        HttpTarget direct = target(a, List.of(a.require("direct")), a.all("direct-header"));
        HttpTarget via = target(a, List.of(a.require("via")), a.all("via-header"));
        Duration pause = a.getDuration("pause", Duration.ofSeconds(1));
        probe(a, "direct", direct);
        probe(a, "via", via);
        if (a.flag("search")) {
            MaxThroughputFinder finder = finder(a);
            LoadSettings step = settings(a, false);
            err.println("max search on direct then via: rates " + rates(finder));
            MaxThroughputFinder.Result d = finder.find(logging(MaxThroughputFinder.constantRate("direct", step, direct)));
            sleep(pause);
            MaxThroughputFinder.Result v = finder.find(logging(MaxThroughputFinder.constantRate("via", step, via)));
            double ratio = Reports.divide(v.bestRate(), d.bestRate());
            String text = "direct: " + direct.describe() + "\n" + d.toText() + "\nvia: " + via.describe() + "\n"
                    + v.toText() + "\n" + String.format(Locale.ROOT, "max sustained rate ratio (via/direct): %s%n",
                            Reports.ratio(ratio));
            double aim = a.getDouble("aim-throughput-ratio", Double.NaN);
            if (!Double.isNaN(aim)) {
                boolean met = !Double.isNaN(ratio) && ratio >= aim;
                text += String.format(Locale.ROOT, "aim max-rate ratio %s >= %s: %s%n", Reports.ratio(ratio),
                        Reports.ratio(aim), met ? "MET" : "NOT MET");
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("direct", d.toMap());
            json.put("via", v.toMap());
            json.put("maxRateRatio", Reports.round3(ratio));
            emit(a, text, Reports.json(json));
            return 0;
        }
        LoadSettings settings = settings(a, true);
        int rounds = a.getInt("rounds", 1);
        err.println("comparing direct and via: " + settings + ", " + rounds + " round(s)");
        Comparison c = Comparison.run(settings, direct, via, rounds, pause);
        String text = c.toText() + c.verdict(a.getDouble("aim-p99-ratio", Double.NaN),
                a.getDouble("aim-throughput-ratio", Double.NaN));
        emit(a, text, c.toJson());
        return 0;
    }

    private HttpTarget target(Args a, List<String> urls, List<String> extraHeaders) {
        HttpTarget.Builder b = HttpTarget.builder()
                .urls(urls)
                .method(a.get("method", "GET"))
                .requestTimeout(a.getDuration("timeout", Duration.ofSeconds(10)))
                .connectTimeout(a.getDuration("connect-timeout", Duration.ofSeconds(5)))
                .version(a.flag("http2") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .clients(a.getInt("clients", 1))
                .headers(a.all("header"))
                .headers(extraHeaders);
        if (a.has("content-type")) {
            b.header("Content-Type", a.get("content-type"));
        }
        String body = a.get("body");
        if (body != null) {
            if (body.startsWith("@")) {
                b.bodyFile(Path.of(body.substring(1)));
            } else {
                b.body(body);
            }
        }
        return b.build();
    }

    private static LoadSettings settings(Args a, boolean rateRequired) {
        double rate = rateRequired ? a.getDouble("rate", Double.NaN) : 1;
        if (rateRequired && !a.has("rate")) {
            throw new IllegalArgumentException("--rate is required");
        }
        Duration timeout = a.getDuration("timeout", Duration.ofSeconds(10));
        return new LoadSettings(rate,
                a.getDuration("duration", Duration.ofSeconds(30)),
                a.getDuration("warmup", Duration.ofSeconds(5)),
                a.getInt("max-in-flight", LoadSettings.DEFAULT_MAX_IN_FLIGHT),
                a.getDuration("drain-timeout", timeout.plusSeconds(5)));
    }

    private static MaxThroughputFinder finder(Args a) {
        if (!a.has("p99")) {
            throw new IllegalArgumentException("--p99 is required (e.g. --p99 50ms)");
        }
        if (!a.has("max-rate")) {
            throw new IllegalArgumentException("--max-rate is required");
        }
        double start = a.getDouble("start", Double.NaN);
        if (Double.isNaN(start)) {
            throw new IllegalArgumentException("--start is required");
        }
        MaxThroughputFinder.Builder b = MaxThroughputFinder.builder()
                .startRate(start)
                .maxRate(a.getDouble("max-rate", Double.NaN))
                .p99Bound(a.getDuration("p99", null))
                .maxErrorRatio(a.getDouble("max-error-ratio", 0.01))
                .minThroughputRatio(a.getDouble("min-throughput-ratio", 0.95))
                .failuresToStop(a.getInt("failures-to-stop", 1));
        if (a.has("factor")) {
            b.factor(a.getDouble("factor", Double.NaN));
        } else {
            b.step(a.getDouble("step", start));
        }
        return b.build();
    }

    private String rates(MaxThroughputFinder finder) {
        List<Double> rates = finder.rates();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rates.size() && i < 12; i++) {
            b.append(i == 0 ? "" : ", ").append(Reports.rate(rates.get(i)));
        }
        return rates.size() > 12 ? b + ", ... " + Reports.rate(rates.get(rates.size() - 1)) : b.toString();
    }

    private MaxThroughputFinder.RateProbe logging(MaxThroughputFinder.RateProbe probe) {
        return rate -> {
            LoadResult r = probe.run(rate);
            err.printf(Locale.ROOT, "  %s: ok %s/s, p99 %s ms, errors %d%n", r.name(),
                    Reports.rate(Math.round(r.okThroughput() * 10) / 10.0), LatencySummary.ms(r.p99Ms()), r.errors());
            return r;
        };
    }

    private void probe(Args a, String label, HttpTarget target) {
        if (a.flag("no-probe")) {
            return;
        }
        try {
            int status = target.probe();
            if (status < 200 || status >= 300) {
                err.println("warning: pre-flight request to " + label + " (" + target.describe() + ") returned "
                        + status + "; it will be counted as an error under that status");
            }
        } catch (ConnectException e) {
            throw new ProbeFailed("cannot connect to " + label + " (" + target.describe() + "): " + e);
        } catch (IOException e) {
            throw new ProbeFailed("pre-flight request to " + label + " (" + target.describe() + ") failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeFailed("interrupted");
        }
    }

    private void emit(Args a, String text, String json) throws IOException {
        String format = a.get("format", "text").toLowerCase(Locale.ROOT);
        switch (format) {
            case "text" -> out.print(text);
            case "json" -> out.println(json);
            default -> throw new IllegalArgumentException("--format must be text or json");
        }
        String file = a.get("json-out");
        if (file != null) {
            Path p = Path.of(file);
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            Files.writeString(p, json + System.lineSeparator(), StandardCharsets.UTF_8);
            err.println("JSON report written to " + p.toAbsolutePath());
        }
        out.flush();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class ProbeFailed extends RuntimeException {
        ProbeFailed(String message) {
            super(message);
        }
    }
}
