package org.goldenthread.bench.scenario;

import java.util.Map;
import java.util.Set;

import org.goldenthread.bench.Args;

/** One benchmark of the issues, run against the packaged system that {@link Scenarios} starts for it. */
public interface Scenario {

    /** The name on the command line, e.g. {@code plan-summary}. */
    String name();

    /** One line: what it measures and the aim. */
    String summary();

    /** Help text for its own options (one per line, indented). */
    String optionsHelp();

    /** Its own option names (without {@code --}). */
    Set<String> options();

    /** Its own flags. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Checks the options before anything starts (throws {@link IllegalArgumentException} for usage errors). */
    default void validate(Args args) {
    }

    /** Extra environment per service ({@code gateway}, {@code plans}, {@code tracking}, {@code monitoring}). */
    default Map<String, Map<String, String>> environment(Args args) {
        return Map.of();
    }

    /** Sets the scenario up on the running system and measures, writing what it found into {@code report}. */
    void run(Args args, BenchSystem system, Report report, Progress progress) throws Exception;
}
