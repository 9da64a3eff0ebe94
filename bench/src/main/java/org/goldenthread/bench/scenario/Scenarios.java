package org.goldenthread.bench.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goldenthread.bench.Args;
import org.goldenthread.bench.Reports;

/**
 * {@code scenario <name> [options]}: starts the packaged system, runs one scenario on it, stops the system, and prints
 * the report with the date, commit, machine, command and the load average before and after. Exit code 0 when the run
 * completed (whether or not its aims were met), 1 when it could not complete, 2 for a usage error.
 */
public final class Scenarios {

    public static final List<Scenario> ALL = List.of(new PlanSummaryScenario(), new GatewayOverheadScenario(),
            new ImportScenario(), new PublishLatencyScenario());

    static final Set<String> COMMON_OPTIONS = Set.of("project-root", "data-dir", "json-out");

    private final PrintStream out;
    private final PrintStream err;

    public Scenarios(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry point for a scenario's own {@code main}: {@code args} are its options. */
    public static void main(String name, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        int code = new Scenarios(System.out, System.err).run(List.of(all));
        System.out.flush();
        System.exit(code);
    }

    public static String usage() {
        StringBuilder b = new StringBuilder("""
                usage: java -jar bench/target/bench-1.0.0-SNAPSHOT.jar scenario <name> [options]

                Starts the packaged system (PostgreSQL, Kafka, the four services from */target/quarkus-app; build them
                first with ./mvnw -q -DskipTests package), runs the scenario, stops everything, prints the report.

                common options
                  --project-root DIR     the project (default: found from the working directory)
                  --data-dir DIR         data and service logs (default bench/target/scenarios/<name>-<time>)
                  --json-out FILE        also write the report as JSON

                scenarios
                """);
        for (Scenario s : ALL) {
            b.append("  ").append(s.name()).append("\n      ").append(s.summary()).append('\n')
                    .append(s.optionsHelp());
        }
        return b.toString();
    }

    static Scenario find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "'; there are "
                        + ALL.stream().map(Scenario::name).toList()));
    }

    /** Parses {@code tokens} (everything after the scenario name) for {@code scenario}. */
    static Args parse(Scenario scenario, List<String> tokens) {
        Set<String> options = new HashSet<>(COMMON_OPTIONS);
        options.addAll(scenario.options());
        Args args = Args.parse(tokens, options, scenario.flags());
        scenario.validate(args);
        return args;
    }

    /** {@code tokens}: the scenario's name, then its options. */
    public int run(List<String> tokens) {
        if (tokens.isEmpty() || Set.of("help", "--help", "-h", "list").contains(tokens.get(0))) {
            out.print(usage());
            return tokens.isEmpty() ? 2 : 0;
        }
        Scenario scenario;
        Args args;
        try {
            scenario = find(tokens.get(0));
            if (tokens.contains("--help") || tokens.contains("-h")) {
                out.print(usage());
                return 0;
            }
            args = parse(scenario, tokens.subList(1, tokens.size()));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("run with 'scenario help' for usage");
            return 2;
        }
        Progress progress = Progress.to(err);
        Path root;
        try {
            root = BenchSystem.projectRoot(args.get("project-root"));
        } catch (ScenarioFailed e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Path data = args.has("data-dir") ? Path.of(args.get("data-dir")).toAbsolutePath()
                : BenchSystem.defaultDataDirectory(root, scenario.name());
        String command = "java -jar bench/target/bench-1.0.0-SNAPSHOT.jar scenario " + String.join(" ", tokens);
        String date = Machine.now();
        String commit = Machine.commit(root);
        String loadBefore = Machine.loadAverage();
        progress.say("scenario " + scenario.name() + " on " + Machine.describe() + ", commit " + commit
                + ", load average " + loadBefore);
        Report report = new Report();
        String failure = null;
        long started = System.nanoTime();
        try (BenchSystem system = BenchSystem.start(root, data, scenario.environment(args), progress)) {
            scenario.run(args, system, report, progress);
        } catch (ScenarioFailed e) {
            failure = e.getMessage();
        } catch (Exception e) {
            failure = e.toString();
            e.printStackTrace(err);
        }
        String loadAfter = Machine.loadAverage();
        StringBuilder head = new StringBuilder();
        head.append("scenario:      ").append(scenario.name()).append(" — ").append(scenario.summary()).append('\n');
        head.append("date:          ").append(date).append('\n');
        head.append("commit:        ").append(commit).append('\n');
        head.append("machine:       ").append(Machine.describe()).append('\n');
        head.append("command:       ").append(command).append('\n');
        head.append("load average:  before ").append(loadBefore).append("; after ").append(loadAfter)
                .append("  (1, 5, 15 min)\n");
        head.append(String.format(java.util.Locale.ROOT, "run time:      %.0f s (system start included)%n",
                (System.nanoTime() - started) / 1e9));
        head.append("service logs:  ").append(data.resolve("logs")).append('\n');
        out.print(head);
        out.print(report.text());
        if (failure != null) {
            out.println("\nRUN DID NOT COMPLETE: " + failure);
        }
        out.flush();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario.name());
        json.put("date", date);
        json.put("commit", commit);
        json.put("machine", Machine.toMap());
        json.put("command", command);
        json.put("loadAverageBefore", loadBefore);
        json.put("loadAverageAfter", loadAfter);
        json.put("completed", failure == null);
        if (failure != null) {
            json.put("failure", failure);
        }
        json.putAll(report.toMap());
        String file = args.get("json-out");
        if (file != null) {
            try {
                Path p = Path.of(file).toAbsolutePath();
                Files.createDirectories(p.getParent());
                Files.writeString(p, Reports.json(json) + System.lineSeparator(), StandardCharsets.UTF_8);
                progress.say("JSON report written to " + p);
            } catch (IOException e) {
                err.println("cannot write " + file + ": " + e);
                return 1;
            }
        }
        return failure == null ? 0 : 1;
    }
}
