package org.goldenthread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaxThroughputFinderTest {

    /** p99 grows with rate: rate / 100 ms minus a little, so 5000/s gives 49.9 ms and 6000/s 59.9 ms. */
    private static LoadResult linear(double rate) {
        return Fixtures.result("r" + rate, rate, 10, (long) (rate * 10), (long) (rate * 10), rate / 100 - 0.1);
    }

    @Test
    void reportsTheHighestRateWithP99UnderTheBound() {
        MaxThroughputFinder f = MaxThroughputFinder.builder()
                .startRate(1000).step(1000).maxRate(10_000).p99Bound(Duration.ofMillis(50)).build();

        MaxThroughputFinder.Result r = f.find(MaxThroughputFinderTest::linear);

        assertTrue(r.found());
        assertEquals(5000, r.bestRate());
        assertEquals(6, r.steps().size(), "stops at the first unsustained step");
        assertFalse(r.steps().get(5).sustained());
        assertTrue(r.steps().get(5).reason().contains("p99"), r.steps().get(5).reason());
        assertTrue(r.toText().contains("max sustained rate: 5000/s"), r.toText());
        assertTrue(r.toJson().contains("\"maxSustainedRate\" : 5000.0"), r.toJson());
    }

    @Test
    void errorsAndShortfallMakeAStepUnsustained() {
        MaxThroughputFinder f = MaxThroughputFinder.builder()
                .startRate(100).step(100).maxRate(300).p99Bound(Duration.ofSeconds(1)).failuresToStop(5).build();

        MaxThroughputFinder.Result r = f.find(rate -> rate == 200
                ? Fixtures.result("errors", rate, 10, 2000, 1900, 1) // 5% errors
                : Fixtures.result("fine", rate, 10, (long) (rate * 10), (long) (rate * 10), 1));

        assertEquals(3, r.steps().size());
        assertFalse(r.steps().get(1).sustained());
        assertTrue(r.steps().get(1).reason().contains("errors"), r.steps().get(1).reason());
        assertEquals(300, r.bestRate(), "later steps still count when failuresToStop allows");

        MaxThroughputFinder strict = MaxThroughputFinder.builder()
                .startRate(100).step(100).maxRate(100).p99Bound(Duration.ofSeconds(1)).build();
        // 100/s scheduled but only 800 ok in 10 s
        MaxThroughputFinder.Result shortfall = strict.find(rate -> Fixtures.result("slow", rate, 10, 1000, 800, 1));
        assertFalse(shortfall.found());
        assertTrue(shortfall.steps().get(0).reason().contains("ok throughput"), shortfall.steps().get(0).reason());
    }

    @Test
    void ratesFollowStepOrFactor() {
        assertEquals(List.of(500.0, 1000.0, 1500.0, 2000.0), MaxThroughputFinder.builder()
                .startRate(500).step(500).maxRate(2000).p99Bound(Duration.ofMillis(1)).build().rates());
        assertEquals(List.of(100.0, 200.0, 400.0, 800.0), MaxThroughputFinder.builder()
                .startRate(100).factor(2).maxRate(1000).p99Bound(Duration.ofMillis(1)).build().rates());
        assertThrows(IllegalArgumentException.class, () -> MaxThroughputFinder.builder()
                .startRate(100).maxRate(1000).p99Bound(Duration.ofMillis(1)).build());
    }

    @Test
    void sideBySideRunsBothAtEachRateAndCarriesOnWithTheStrongerSide() {
        MaxThroughputFinder f = MaxThroughputFinder.builder()
                .startRate(1000).step(1000).maxRate(10_000).p99Bound(Duration.ofMillis(50)).build();
        java.util.List<String> order = new java.util.ArrayList<>();

        MaxThroughputFinder.SideBySide s = f.findSideBySide(
                rate -> {
                    order.add("direct " + (int) rate);
                    return linear(rate); // sustains up to 5000/s
                },
                rate -> {
                    order.add("via " + (int) rate);
                    return linear(rate * 1.25); // sustains up to 4000/s
                });

        assertEquals(5000, s.first().bestRate());
        assertEquals(4000, s.second().bestRate());
        assertEquals(0.8, s.ratio(), 1e-9);
        assertEquals(List.of("direct 1000", "via 1000", "direct 2000", "via 2000", "direct 3000", "via 3000",
                "direct 4000", "via 4000", "direct 5000", "via 5000", "direct 6000"), order,
                "interleaved; the via side stops at its first unsustained step, direct carries on to its own");
    }
}
