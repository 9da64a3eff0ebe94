package org.goldenthread.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScenariosTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... tokens) {
        return new Scenarios(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(tokens));
    }

    @Test
    void helpListsEveryScenarioWithItsOptions() {
        assertEquals(0, run("help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("plan-summary", "gateway-overhead", "import", "publish-latency")) {
            assertTrue(usage.contains("  " + name + "\n"), name + " in\n" + usage);
        }
        assertTrue(usage.contains("--pupils-per-school"), usage);
        assertTrue(usage.contains("--publishes"), usage);
    }

    @Test
    void usageErrorsStopBeforeAnythingStarts() {
        assertEquals(2, run("nonsense"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown scenario 'nonsense'"));
        assertEquals(2, run("import", "--terms", "WINTER"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'WINTER' is not one of"), err.toString());
        assertEquals(2, run("publish-latency", "--feed", "kafka"));
        assertEquals(2, run("plan-summary", "--rate", "fast"));
        assertEquals(2, run("gateway-overhead", "--no-such-option", "1"));
    }

    @Test
    void optionsAreParsedForTheScenario() {
        var args = Scenarios.parse(Scenarios.find("import"), List.of("--schools", "5", "--terms", "autumn,spring,summer"));
        assertEquals(5, args.getInt("schools", 50));
        assertThrows(IllegalArgumentException.class,
                () -> Scenarios.parse(Scenarios.find("import"), List.of("--publish-term", "SUMMER")),
                "the published term must be one of the imported terms");
    }

    @Test
    void theMilestoneTargetSitsBetweenTheTwoStatesOfTheCohort() {
        BigDecimal high = PublishLatencyScenario.percent(10, 20);
        BigDecimal low = PublishLatencyScenario.percent(9, 20);
        assertEquals(0, new BigDecimal("50.0").compareTo(high));
        assertEquals(0, new BigDecimal("45.0").compareTo(low));
        assertEquals(0, new BigDecimal("33.3").compareTo(PublishLatencyScenario.percent(1, 3)));
    }

    @Test
    void theBenchmarkPlanHasEveryKindOfMeasure() {
        int tracking = 0;
        int monitoring = 0;
        int manual = 0;
        for (int m = 0; m < 60; m++) {
            switch (ImprovementPlan.measure(m).get("type").toString()) {
                case "TRACKING" -> tracking++;
                case "MONITORING" -> monitoring++;
                default -> manual++;
            }
        }
        assertEquals(24, tracking);
        assertEquals(24, monitoring);
        assertEquals(12, manual);
    }

    @Test
    void reportListsEachAimWithItsVerdict() {
        Report r = new Report().section("figures", "p99 12 ms").aim("p99 <= 50 ms", true, "12 ms")
                .aim("ratio >= 0.25", false, "0.1");
        assertTrue(r.text().contains("aim p99 <= 50 ms: MET (12 ms)"), r.text());
        assertTrue(r.text().contains("aim ratio >= 0.25: NOT MET (0.1)"), r.text());
        assertEquals(2, ((List<?>) r.toMap().get("aims")).size());
    }
}
