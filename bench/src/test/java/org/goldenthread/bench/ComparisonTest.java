package org.goldenthread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void ratiosAreViaOverDirect() {
        LoadResult direct = Fixtures.result("direct", 1000, 10, 10_000, 10_000, 10);
        LoadResult via = Fixtures.result("via", 1000, 10, 10_000, 8_000, 12);

        Comparison c = new Comparison(direct, via);

        assertEquals(1.2, c.p99Ratio(), 0.01);
        assertEquals(0.8, c.throughputRatio(), 0.001);
        String text = c.toText();
        assertTrue(text.contains("p99 ratio (via/direct):        1.2"), text);
        assertTrue(text.contains("throughput ratio (via/direct): 0.800"), text);
        String verdict = c.verdict(1.3, 0.8);
        assertTrue(verdict.contains("<= 1.300: MET"), verdict);
        assertTrue(verdict.contains(">= 0.800: MET"), verdict);
        assertTrue(c.verdict(1.1, Double.NaN).contains("NOT MET"));
        assertTrue(c.toJson().contains("\"ratios\""));
    }

    @Test
    void roundsAlternateAndMerge() {
        List<String> order = new ArrayList<>();
        List<LoadSettings> seen = new ArrayList<>();
        LoadSettings settings = LoadSettings.of(100, Duration.ofSeconds(3)).withWarmup(Duration.ofSeconds(1));

        Comparison c = Comparison.run(settings, 3, Duration.ZERO,
                s -> {
                    order.add("direct");
                    seen.add(s);
                    return Fixtures.result("d", s.rate(), 1, 100, 100, 5);
                },
                s -> {
                    order.add("via");
                    return Fixtures.result("v", s.rate(), 1, 100, 90, 6);
                });

        assertEquals(List.of("direct", "via", "direct", "via", "direct", "via"), order);
        assertEquals(Duration.ofSeconds(1), seen.get(0).duration());
        assertEquals(Duration.ofSeconds(1), seen.get(0).warmup(), "warm-up before the first slice");
        assertEquals(Duration.ZERO, seen.get(1).warmup(), "no warm-up after");
        assertEquals(300, c.direct().scheduled());
        assertEquals(270, c.via().ok());
        assertEquals(Duration.ofSeconds(3), c.via().elapsed());
        assertEquals(0.9, c.throughputRatio(), 0.001);
    }
}
